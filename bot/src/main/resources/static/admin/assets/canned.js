// The team's canned answers: any agent writes and edits them; the desk fills in their variables.
(function () {
  'use strict';
  var D = window.Desk, t = D.t, el = D.el, $ = D.$;
  var editing = null;
  var lastBox = null;

  function load() {
    return D.api('GET', '/api/admin/canned-answers').then(function (answers) {
      var list = $('answers');
      list.replaceChildren();
      answers.forEach(function (a) {
        list.appendChild(el('li', {},
          el('h3', { text: a.title }),
          el('p', { class: 'meta', text: t('canned.updated', a.updatedBy, D.when(a.updatedAt)) }),
          el('p', {}, el('strong', { text: t('canned.in-fr') }), ' ', a.fr || t('canned.missing')),
          el('p', {}, el('strong', { text: t('canned.in-en') }), ' ', a.en || t('canned.missing')),
          el('p', { class: 'actions' },
            el('button', { type: 'button', text: t('canned.edit'), 'aria-label': t('canned.edit-named', a.title), on: { click: function () { edit(a); } } }),
            el('button', { type: 'button', text: t('canned.delete'), 'aria-label': t('canned.delete-named', a.title), on: { click: function () { remove(a); } } }))));
      });
      if (answers.length === 0) { list.appendChild(el('li', { class: 'empty', text: t('canned.empty') })); }
    }, D.fail);
  }

  function edit(a) {
    editing = a;
    $('form-heading').textContent = t('canned.editing', a.title);
    $('title').value = a.title;
    $('text-fr').value = a.fr || '';
    $('text-en').value = a.en || '';
    $('cancel-edit').hidden = false;
    $('title').focus();
  }

  function reset() {
    editing = null;
    $('canned-form').reset();
    $('form-heading').textContent = t('canned.new');
    $('cancel-edit').hidden = true;
  }

  function remove(a) {
    D.confirm(t('canned.delete'), t('canned.confirm-delete', a.title), t('canned.delete')).then(function (yes) {
      if (!yes) { return; }
      D.api('DELETE', '/api/admin/canned-answers/' + a.id).then(function () {
        D.say(t('canned.done.deleted', a.title));
        if (editing && editing.id === a.id) { reset(); }
        return load();
      }, D.fail);
    });
  }

  function save(e) {
    e.preventDefault();
    var body = { title: $('title').value.trim(), fr: $('text-fr').value.trim(), en: $('text-en').value.trim() };
    if (!body.fr && !body.en) { D.say(t('error.canned-text'), true); $('text-fr').focus(); return; }
    var call = editing ? D.api('PUT', '/api/admin/canned-answers/' + editing.id, body) : D.api('POST', '/api/admin/canned-answers', body);
    var was = editing;
    call.then(function (saved) {
      D.say(t(was ? 'canned.done.updated' : 'canned.done.created', saved.title));
      reset();
      return load();
    }, D.fail);
  }

  /** Inserts a variable where the cursor is, in the text box used last. */
  function variables() {
    var box = $('variables');
    ['customer', 'ticket', 'agent'].forEach(function (name) {
      box.appendChild(el('button', { type: 'button', text: t('canned.insert-variable', '{' + name + '}'),
        title: t('canned.variable.' + name),
        on: { click: function () {
          var target = lastBox || $('text-fr');
          var at = target.selectionEnd;
          target.value = target.value.slice(0, at) + '{' + name + '}' + target.value.slice(at);
          target.focus();
          target.setSelectionRange(at + name.length + 2, at + name.length + 2);
        } } }));
    });
    ['text-fr', 'text-en'].forEach(function (id) { $(id).addEventListener('focus', function () { lastBox = $(id); }); });
  }

  D.start(function () {
    $('canned-form').addEventListener('submit', save);
    $('cancel-edit').addEventListener('click', reset);
    variables();
    load();
  });
})();
