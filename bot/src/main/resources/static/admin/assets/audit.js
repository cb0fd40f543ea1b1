// The audit log (administrators): who changed what, when, and whether it worked; newest first.
(function () {
  'use strict';
  var D = window.Desk, t = D.t, el = D.el, $ = D.$;
  var oldest = null;

  function who(actor) {
    if (actor.kind === 'system') { return t('audit.actor.system'); }
    var kind = t('audit.actor.' + actor.kind);
    if (kind === 'audit.actor.' + actor.kind) { kind = actor.kind; }
    return actor.name ? t('audit.actor', actor.name, kind, actor.id) : t('audit.actor-plain', actor.id, kind);
  }

  // Details that are codes, said in words.
  var DETAILS = { 'account.invite': 'role.', 'account.role': 'role.', 'account.setup': 'role.',
    'incident.declare': 'incidents.status.', 'ticket.export': 'audit.export.', 'faq.move': 'audit.move.' };

  function what(e) {
    if (e.action === 'http') { return t('audit.action.http', e.request); }
    var key = 'audit.action.' + e.action;
    var detail = e.detail === null || e.detail === undefined ? '' : e.detail;
    if (DETAILS[e.action] && detail) { detail = t(DETAILS[e.action] + detail); }
    var said = t(key, e.target, detail);
    return said === key ? e.action + ' ' + (e.target || '') : said;
  }

  function outcome(e) {
    if (e.outcome === null || e.outcome === undefined) { return t('audit.outcome.done'); }
    if (e.outcome < 400) { return t('audit.outcome.ok'); }
    if (e.outcome < 500) { return t('audit.outcome.refused', e.outcome); }
    return t('audit.outcome.error', e.outcome);
  }

  function load() {
    var path = '/api/admin/audit' + (oldest ? '?before=' + oldest : '');
    return D.api('GET', path).then(function (entries) {
      var body = $('entries');
      entries.forEach(function (e) {
        oldest = e.id;
        body.appendChild(el('tr', {},
          el('td', {}, el('time', { datetime: e.at, text: D.when(e.at) })),
          el('td', { text: who(e.actor) }),
          el('td', {}, what(e), e.request && e.action !== 'http' ? el('span', { class: 'meta', text: ' (' + e.request + ')' }) : null),
          el('td', { text: outcome(e) })));
      });
      if (!body.children.length) { body.appendChild(el('tr', {}, el('td', { colspan: '4', class: 'empty', text: t('audit.empty') }))); }
      $('more').hidden = entries.length < 100;
    }, D.fail);
  }

  D.start(function (me) {
    $('audit-intro').textContent = t('audit.intro', me.zone);
    $('more').addEventListener('click', load);
    load();
  });
})();
