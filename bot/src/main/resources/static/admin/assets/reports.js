// Incident reports (agents and administrators): /api/admin/reports (the incidents of the last 90
// days), /api/admin/reports/{id} and its CSV download.
(function () {
  'use strict';
  var D = window.Desk, t = D.t, el = D.el, $ = D.$;
  var labels = {};

  function duration(minutes) {
    if (minutes < 60) { return t('reports.minutes', minutes); }
    var h = Math.floor(minutes / 60), m = minutes % 60;
    if (h >= 24) { return t('reports.days-hours', Math.floor(h / 24), h % 24); }
    return m ? t('reports.hours-minutes', h, m) : t('reports.hours', h);
  }

  function seconds(s) {
    if (s === null || s === undefined) { return t('reports.none-yet'); }
    return s < 60 ? t('reports.seconds', s) : duration(Math.round(s / 60));
  }

  function word(prefix, code) {
    var key = prefix + code;
    var said = t(key);
    return said === key ? code : said;
  }

  function table(id, counts) {
    var rows = [el('tr', {}, el('th', { scope: 'col', text: t('reports.col.channel') }),
      el('th', { scope: 'col', text: t('reports.col.kind') }), el('th', { scope: 'col', text: t('reports.col.count') }))];
    counts.forEach(function (c) {
      rows.push(el('tr', {}, el('td', { text: word('channel.', c.channel) }), el('td', { text: word('reports.kind.', c.kind) }),
        el('td', { text: String(c.count) })));
    });
    if (!counts.length) { rows.push(el('tr', {}, el('td', { colspan: 3, class: 'empty', text: t('reports.none') }))); }
    $(id).replaceChildren.apply($(id), rows);
  }

  function list(id, items, line) {
    var box = $(id);
    box.replaceChildren();
    items.forEach(function (item) { box.appendChild(el('li', { text: line(item) })); });
    if (!items.length) { box.appendChild(el('li', { class: 'empty', text: t('reports.none') })); }
  }

  function show(r) {
    $('report').hidden = false;
    $('report-title').textContent = t('reports.report-title', labels[r.incident] || word('channel.', r.channel), D.when(r.from));
    $('report-when').textContent = r.open ? t('reports.ongoing', duration(r.durationMinutes), D.when(r.from))
      : t('reports.lasted', duration(r.durationMinutes), D.when(r.from), D.when(r.to));
    $('csv').setAttribute('href', '/api/admin/reports/' + encodeURIComponent(r.incident) + '.csv');
    table('conversations', r.conversations);
    table('handoffs', r.handoffs);
    var f = r.firstAnswers;
    $('answers').textContent = t('reports.first-answers', f.answered, f.waiting, seconds(f.medianSeconds), seconds(f.p90Seconds));
    list('questions', r.questions, function (q) { return t('reports.count', D.me().language === 'en' ? q.questionEn : q.questionFr, q.count); });
    list('misses', r.misses, function (m) { return t('reports.miss', m.text, m.count); });
    $('erased').textContent = r.erasedMisses ? t('reports.erased', r.erasedMisses) : '';
    $('report-title').focus();
  }

  function open(id) {
    D.api('GET', '/api/admin/reports/' + encodeURIComponent(id)).then(show, D.fail);
  }

  var outageChannels = {};
  /** An incident's channel named as the status page names it, in the person's language. */
  function channelLabel(i) {
    var c = outageChannels[i.channel];
    return c ? (D.me().language === 'en' ? c.label.en : c.label.fr) : i.label || i.channel;
  }

  D.start(function () {
    Promise.all([D.api('GET', '/api/status'), D.api('GET', '/api/admin/reports')]).then(function (all) {
      all[0].channels.forEach(function (c) { outageChannels[c.id] = c; });
      var incidents = all[1];
      var box = $('incidents');
      box.replaceChildren();
      if (!incidents.length) { box.appendChild(el('li', { class: 'empty', text: t('reports.empty') })); }
      incidents.forEach(function (i) {
        var label = channelLabel(i);
        labels[i.id] = label;
        var state = i.closedAt ? t('reports.ended', D.when(i.closedAt)) : t('reports.in-progress');
        box.appendChild(el('li', {}, el('button', { type: 'button', class: 'link', text: t('reports.incident', label, D.when(i.openedAt), state),
          on: { click: function () { open(i.id); } } })));
      });
      var wanted = new URLSearchParams(window.location.search).get('incident');
      if (wanted) { open(wanted); }
    }, D.fail);
  });
})();
