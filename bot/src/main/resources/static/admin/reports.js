// Incident reports: /api/admin/reports (the incidents), /api/admin/reports/{id} and its CSV.
(function () {
  'use strict';
  var A = window.RelaisAdmin, $ = A.$;
  var KINDS = { business: 'pour l’entreprise', platform: 'problème de compte sur une plateforme', human: 'demande d’une personne',
    handoff: 'demandes' };
  var CHANNELS = { web: 'chat du site', telegram: 'Telegram', messenger: 'Messenger' };
  var current = null;
  var labels = {};

  function duration(minutes) {
    if (minutes < 60) { return minutes + ' min'; }
    var h = Math.floor(minutes / 60), m = minutes % 60;
    return h >= 24 ? Math.floor(h / 24) + ' j ' + (h % 24) + ' h' : h + ' h' + (m ? ' ' + m + ' min' : '');
  }

  function seconds(s) { return s === null || s === undefined ? '—' : s < 60 ? s + ' s' : duration(Math.round(s / 60)); }

  function table(id, counts) {
    var t = $(id);
    t.replaceChildren();
    var head = document.createElement('tr');
    ['Canal', 'Type', 'Nombre'].forEach(function (h) { head.appendChild(A.el('th', h)); });
    t.appendChild(head);
    if (!counts.length) {
      var none = document.createElement('tr');
      var cell = A.el('td', 'Aucune.');
      cell.colSpan = 3;
      none.appendChild(cell);
      t.appendChild(none);
    }
    counts.forEach(function (c) {
      var tr = document.createElement('tr');
      [CHANNELS[c.channel] || c.channel, KINDS[c.kind] || c.kind, c.count].forEach(function (v) { tr.appendChild(A.el('td', String(v))); });
      t.appendChild(tr);
    });
  }

  function show(r) {
    current = r;
    $('report').hidden = false;
    $('report-title').textContent = 'Incident ' + (labels[r.incident] || r.channel) + ' du ' + A.when(r.from, false);
    $('report-when').textContent = (r.open ? 'En cours depuis ' : 'Durée : ') + duration(r.durationMinutes)
      + ' (' + A.when(r.from) + ' → ' + (r.open ? 'maintenant' : A.when(r.to)) + ').';
    table('conversations', r.conversations);
    table('handoffs', r.handoffs);
    var f = r.firstAnswers;
    $('answers').textContent = 'Première réponse d’un agent : ' + f.answered + ' demande(s) répondue(s), ' + f.waiting
      + ' sans réponse ; médiane ' + seconds(f.medianSeconds) + ', 90 % en moins de ' + seconds(f.p90Seconds) + '.';
    var questions = $('questions');
    questions.replaceChildren();
    r.questions.forEach(function (q) { questions.appendChild(A.el('li', q.questionFr + ' — ' + q.count + ' fois')); });
    if (!r.questions.length) { questions.appendChild(A.el('li', 'Aucune.', 'none')); }
    var misses = $('misses');
    misses.replaceChildren();
    r.misses.forEach(function (m) { misses.appendChild(A.el('li', '« ' + m.text + ' » — ' + m.count + ' fois')); });
    if (!r.misses.length) { misses.appendChild(A.el('li', 'Aucune.', 'none')); }
    $('erased').textContent = r.erasedMisses ? r.erasedMisses + ' question(s) effacée(s) depuis à la demande des clients ou par la durée de conservation (comptées, mais plus lisibles).' : '';
  }

  function open(id) {
    A.api('GET', '/api/admin/reports/' + encodeURIComponent(id)).then(show, function (e) { A.show('error', e); });
  }

  function download() {
    if (!current) { return; }
    A.api('GET', '/api/admin/reports/' + encodeURIComponent(current.incident) + '.csv').then(function (csv) {
      var link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      link.download = current.incident + '.csv';
      document.body.appendChild(link);
      link.click();
      link.remove();
    }, function (e) { A.show('error', e); });
  }

  A.gate(function () {
    $('csv').addEventListener('click', download);
    A.api('GET', '/api/admin/reports').then(function (incidents) {
      var list = $('incidents');
      list.replaceChildren();
      if (!incidents.length) { list.appendChild(A.el('li', 'Aucun incident ces 90 derniers jours.')); }
      incidents.forEach(function (i) {
        labels[i.id] = i.label;
        var li = document.createElement('li');
        var b = A.el('button', i.label + ' — ' + A.when(i.openedAt) + ' — ' + (i.closedAt ? 'terminé ' + A.when(i.closedAt, false) : 'en cours'));
        b.type = 'button';
        b.addEventListener('click', function () { open(i.id); });
        li.appendChild(b);
        list.appendChild(li);
      });
      var wanted = new URLSearchParams(location.search).get('incident');
      if (wanted) { open(wanted); }
    }, function (e) { A.show('error', e); });
  });
})();
