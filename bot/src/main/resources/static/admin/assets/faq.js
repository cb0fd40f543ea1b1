// The customers' FAQ (administrators): /api/admin/faq (list, save, delete, move) and its test box
// (/api/admin/faq/match), what a customer typing a sentence would get.
(function () {
  'use strict';
  var D = window.Desk, t = D.t, el = D.el, $ = D.$;
  var me = null;
  var entries = [];
  var editing = null;

  function lines(id) { return $(id).value.split('\n').map(function (l) { return l.trim(); }).filter(Boolean); }
  function text(localized) { return me.language === 'en' ? localized.en : localized.fr; }

  function render() {
    var list = $('entries');
    list.replaceChildren();
    entries.forEach(function (e, i) {
      var question = text(e.question);
      list.appendChild(el('li', {},
        el('h3', { text: question }),
        el('p', { class: 'meta' }, el('span', { class: 'chip', text: t('faq.active.' + e.active) }), ' ',
          t('faq.entry-meta', e.examples.fr.length + e.examples.en.length, e.shortCode),
          e.updatedAt ? ' ' + t('faq.updated', D.when(e.updatedAt), e.updatedBy) : ''),
        el('p', { text: text(e.answer) }),
        el('p', { class: 'actions' },
          el('button', { type: 'button', text: t('faq.edit'), 'aria-label': t('faq.edit-named', question), on: { click: function () { edit(e); } } }),
          el('button', { type: 'button', text: t('faq.up'), 'aria-label': t('faq.up-named', question), disabled: i === 0, on: { click: function () { move(e, -1); } } }),
          el('button', { type: 'button', text: t('faq.down'), 'aria-label': t('faq.down-named', question), disabled: i === entries.length - 1, on: { click: function () { move(e, 1); } } }),
          el('button', { type: 'button', text: t('faq.delete'), 'aria-label': t('faq.delete-named', question), on: { click: function () { remove(e); } } }))));
    });
    if (entries.length === 0) { list.appendChild(el('li', { class: 'empty', text: t('faq.empty') })); }
  }

  function load() {
    return D.api('GET', '/api/admin/faq').then(function (faq) {
      entries = faq.entries;
      $('variables').textContent = t('faq.variables', faq.variables.join(' '));
      render();
    }, D.fail);
  }

  function edit(e) {
    editing = e;
    $('entry-section').hidden = false;
    $('form-heading').textContent = e ? t('faq.editing', text(e.question)) : t('faq.new');
    $('entry-id').value = e ? e.id : '';
    $('entry-id').readOnly = !!e;
    $('short-code').value = e ? e.shortCode : '';
    $('active').value = e ? e.active : 'always';
    $('question-fr').value = e ? e.question.fr : '';
    $('question-en').value = e ? e.question.en : '';
    $('examples-fr').value = e ? e.examples.fr.join('\n') : '';
    $('examples-en').value = e ? e.examples.en.join('\n') : '';
    $('answer-fr').value = e ? e.answer.fr : '';
    $('answer-en').value = e ? e.answer.en : '';
    (e ? $('question-fr') : $('entry-id')).focus();
  }

  function close() {
    editing = null;
    $('entry-form').reset();
    $('entry-section').hidden = true;
  }

  function move(e, by) {
    D.api('POST', '/api/admin/faq/' + encodeURIComponent(e.id) + '/move', { by: by }).then(function (faq) {
      entries = faq.entries;
      render();
      D.say(t(by < 0 ? 'faq.done.up' : 'faq.done.down', text(e.question)));
    }, D.fail);
  }

  function remove(e) {
    D.confirm(t('faq.delete'), t('faq.confirm-delete', text(e.question)), t('faq.delete')).then(function (yes) {
      if (!yes) { return; }
      D.api('DELETE', '/api/admin/faq/' + encodeURIComponent(e.id)).then(function () {
        D.say(t('faq.done.deleted', text(e.question)));
        if (editing && editing.id === e.id) { close(); }
        return load();
      }, D.fail);
    });
  }

  /** The server's reason, when it gives one (a short code used twice, an unknown variable). */
  function refused(failure) {
    D.say(failure.status === 400 && failure.message ? t('faq.refused', failure.message) : D.problem(failure), true);
  }

  function save(ev) {
    ev.preventDefault();
    var id = $('entry-id').value.trim();
    if (!editing && entries.some(function (e) { return e.id === id; })) {
      D.say(t('faq.id-taken', id), true);
      $('entry-id').focus();
      return;
    }
    var body = {
      shortCode: $('short-code').value.trim(), active: $('active').value,
      question: { fr: $('question-fr').value.trim(), en: $('question-en').value.trim() },
      examples: { fr: lines('examples-fr'), en: lines('examples-en') },
      answer: { fr: $('answer-fr').value.trim(), en: $('answer-en').value.trim() }
    };
    D.api('PUT', '/api/admin/faq/' + encodeURIComponent(id), body).then(function (saved) {
      D.say(t('faq.done.saved', text(saved.question)));
      close();
      return load();
    }, refused);
  }

  function tryIt(ev) {
    ev.preventDefault();
    var query = '?text=' + encodeURIComponent($('try').value) + '&incident=' + $('try-incident').checked + '&lang=' + me.language;
    D.api('GET', '/api/admin/faq/match' + query).then(function (m) {
      var found = entries.filter(function (e) { return e.id === m.entry; })[0];
      $('try-result').textContent = !found ? t('faq.try-none')
        : m.answer ? t('faq.try-found', text(found.question), m.answer) : t('faq.try-found-empty', text(found.question));
    }, D.fail);
  }

  D.start(function (person) {
    me = person;
    $('new').addEventListener('click', function () { edit(null); });
    $('cancel').addEventListener('click', close);
    $('entry-form').addEventListener('submit', save);
    $('try-form').addEventListener('submit', tryIt);
    load();
  });
})();
