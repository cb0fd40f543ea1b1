// The FAQ editor: /api/admin/faq (list, save, delete, move) and its test box (/api/admin/faq/match).
(function () {
  'use strict';
  var A = window.RelaisAdmin, $ = A.$;
  var entries = [];
  var editing = null;

  function lines(id) { return $(id).value.split('\n').map(function (l) { return l.trim(); }).filter(Boolean); }

  function render() {
    var list = $('entries');
    list.replaceChildren();
    entries.forEach(function (e, i) {
      var li = A.el('li', null, 'entry');
      li.appendChild(A.el('strong', e.question.fr));
      li.appendChild(A.el('span', e.active === 'incident' ? ' pendant un incident' : ' toujours', 'badge'));
      var meta = e.examples.fr.length + e.examples.en.length + ' façons de la poser · /faq ' + e.shortCode
        + (e.updatedAt ? ' · modifiée ' + A.when(e.updatedAt) + ' par ' + e.updatedBy : '');
      li.appendChild(A.el('span', meta, 'meta'));
      [['Modifier', function () { edit(e); }],
        ['↑', function () { move(e, -1); }, 'Monter « ' + e.question.fr + ' »', i === 0],
        ['↓', function () { move(e, 1); }, 'Descendre « ' + e.question.fr + ' »', i === entries.length - 1],
        ['Supprimer', function () { remove(e); }]].forEach(function (b) {
        var button = A.el('button', b[0]);
        button.type = 'button';
        if (b[2]) { button.setAttribute('aria-label', b[2]); }
        button.disabled = !!b[3];
        button.addEventListener('click', b[1]);
        li.appendChild(button);
      });
      list.appendChild(li);
    });
  }

  function load() {
    return A.api('GET', '/api/admin/faq').then(function (faq) {
      entries = faq.entries;
      $('variables').textContent = faq.variables.join(' ');
      render();
    }, function (e) { A.show('error', e); });
  }

  function edit(e) {
    editing = e;
    $('entry-form').hidden = false;
    $('form-title').textContent = e ? 'Modifier « ' + e.question.fr + ' »' : 'Nouvelle question';
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
    A.show('form-error', '');
    $('question-fr').focus();
  }

  function move(e, by) {
    A.api('POST', '/api/admin/faq/' + encodeURIComponent(e.id) + '/move', { by: by })
      .then(function (faq) { entries = faq.entries; render(); }, function (err) { A.show('error', err); });
  }

  function remove(e) {
    if (!window.confirm('Supprimer « ' + e.question.fr + ' » ? Le chat ne la proposera plus.')) { return; }
    A.api('DELETE', '/api/admin/faq/' + encodeURIComponent(e.id)).then(load, function (err) { A.show('error', err); });
  }

  A.gate(function () {
    load();
    $('new').addEventListener('click', function () { edit(null); });
    $('cancel').addEventListener('click', function () { $('entry-form').hidden = true; editing = null; });
    $('entry-form').addEventListener('submit', function (ev) {
      ev.preventDefault();
      var id = $('entry-id').value.trim();
      var body = {
        shortCode: $('short-code').value.trim(), active: $('active').value,
        question: { fr: $('question-fr').value.trim(), en: $('question-en').value.trim() },
        examples: { fr: lines('examples-fr'), en: lines('examples-en') },
        answer: { fr: $('answer-fr').value.trim(), en: $('answer-en').value.trim() },
        editor: $('editor').value.trim()
      };
      if (!editing && entries.some(function (e) { return e.id === id; })) {
        A.show('form-error', 'Une question porte déjà l’identifiant « ' + id + ' ».');
        return;
      }
      A.api('PUT', '/api/admin/faq/' + encodeURIComponent(id), body).then(function () {
        $('entry-form').hidden = true;
        editing = null;
        return load();
      }, function (err) { A.show('form-error', err); });
    });
    $('try-form').addEventListener('submit', function (ev) {
      ev.preventDefault();
      var query = '?text=' + encodeURIComponent($('try').value) + '&incident=' + $('try-incident').checked;
      A.api('GET', '/api/admin/faq/match' + query).then(function (m) {
        var found = entries.filter(function (e) { return e.id === m.entry; })[0];
        $('try-result').textContent = found
          ? 'Réponse donnée : « ' + found.question.fr + ' » — ' + (m.answer || '(rien à dire : le profil ne donne pas ce que la réponse cite)')
          : 'Aucune réponse : le client se verra proposer d’envoyer sa question à l’équipe.';
      }, function (err) { A.show('try-result', err); });
    });
  });
})();
