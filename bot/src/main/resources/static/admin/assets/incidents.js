// Incidents on the business's channels: what the public status page and the widget's banner say.
(function () {
  'use strict';
  var D = window.Desk, t = D.t, el = D.el, $ = D.$;
  var me = null;
  var channels = [];

  function label(c) { return me.language === 'en' ? c.label.en : c.label.fr; }
  function text(localized) { return localized ? (me.language === 'en' ? localized.en : localized.fr) : ''; }

  /** A wall-clock time typed in the business's zone, as an instant (the browser may be elsewhere). */
  function zonedToIso(local) {
    var guess = new Date(local + ':00Z');
    var parts = new Intl.DateTimeFormat('en-US', { timeZone: me.zone, hourCycle: 'h23', year: 'numeric', month: '2-digit',
      day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(guess);
    var get = function (type) { return Number(parts.filter(function (p) { return p.type === type; })[0].value); };
    var seen = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
    return new Date(guess.getTime() - (seen - guess.getTime())).toISOString();
  }

  function load() {
    return Promise.all([D.api('GET', '/api/status'), D.api('GET', '/api/admin/incidents'),
      D.api('GET', '/api/admin/detection')]).then(function (all) {
      var status = all[0], incidents = all[1], detection = all[2] || [];
      channels = status.channels;
      var list = $('channels');
      list.replaceChildren();
      var select = $('channel');
      var chosen = select.value;
      select.replaceChildren();
      channels.forEach(function (c) {
        var due = incidents.open.some(function (i) { return i.channel === c.id && incidents.updatesDue.indexOf(i.id) >= 0; });
        list.appendChild(el('li', { class: due ? 'due' : null },
          el('strong', { text: label(c) }), ' — ', t('incidents.status.' + c.status),
          c.since ? ' ' + t('incidents.since', D.when(c.since)) : '',
          c.message ? el('span', { class: 'meta', text: ' — ' + text(c.message) }) : null,
          due ? el('span', { class: 'chip waiting', text: t('incidents.update-due') }) : null,
          detected(c, status, detection)));
        select.appendChild(el('option', { value: c.id, text: label(c) }));
      });
      if (chosen) { select.value = chosen; }
      prefill();
      var history = $('history');
      history.replaceChildren();
      status.incidents.forEach(function (i) {
        var channel = channels.filter(function (c) { return c.id === i.channel; })[0];
        history.appendChild(el('li', {}, el('strong', { text: channel ? label(channel) : i.channel }), ' — ',
          D.when(i.openedAt), ' — ', i.closedAt ? t('incidents.ended', D.when(i.closedAt)) : t('incidents.ongoing'),
          el('p', { text: text(i.updates[i.updates.length - 1].message) })));
      });
      if (status.incidents.length === 0) { history.appendChild(el('li', { class: 'empty', text: t('incidents.history-empty') })); }
    }, D.fail);
  }

  /** An incident Relais declared from failed sends: said so, and confirmed by a person here. */
  function detected(c, status, detection) {
    var open = status.incidents.filter(function (i) {
      return i.channel === c.id && !i.closedAt && i.detectedAutomatically;
    })[0];
    if (!open) { return null; }
    var found = detection.filter(function (d) { return d.openIncident && d.openIncident.incidentId === open.id; })[0];
    var auto = found ? found.openIncident : {};
    if (auto.confirmedBy) {
      return el('span', { class: 'meta', text: ' — ' + t('incidents.detected-confirmed', auto.confirmedBy, D.when(auto.confirmedAt)) });
    }
    return el('span', {}, el('span', { class: 'meta', text: ' — ' + t('incidents.detected') + ' ' }),
      el('button', { type: 'button', class: 'confirm-detected', text: t('incidents.confirm-detected'), on: { click: function () {
        D.api('POST', '/api/admin/incidents/' + encodeURIComponent(c.id) + '/confirm').then(function () {
          D.say(t('incidents.done.confirmed', label(c)));
          return load();
        }, D.fail);
      } } }));
  }

  var prefilled = false;
  /**
   * The crisis kit's link (?declare=<channel>&status=outage&fr=...&en=...) fills the form once the
   * channels are known; the agent reads it and publishes.
   */
  function prefill() {
    var q = new URLSearchParams(window.location.search);
    if (prefilled || !q.get('declare')) { return; }
    prefilled = true;
    if (channels.some(function (c) { return c.id === q.get('declare'); })) { $('channel').value = q.get('declare'); }
    if (q.get('status') === 'outage' || q.get('status') === 'degraded') { $('state').value = q.get('status'); }
    $('message-fr').value = q.get('fr') || '';
    $('message-en').value = q.get('en') || '';
    $('incident-form').scrollIntoView();
    $('message-fr').focus();
  }

  function publish(e) {
    e.preventDefault();
    var channel = $('channel').value;
    var c = channels.filter(function (x) { return x.id === channel; })[0];
    var state = $('state').value;
    var message = { fr: $('message-fr').value.trim(), en: $('message-en').value.trim() };
    if (!message.fr || !message.en) { D.say(t('incidents.both-languages'), true); return; }
    if (state === 'operational') {
      D.confirm(t('incidents.end-title'), t('incidents.confirm-end', label(c)), t('incidents.end')).then(function (yes) {
        if (!yes) { return; }
        D.api('DELETE', '/api/admin/incidents/' + encodeURIComponent(channel), { message: message }).then(function () {
          D.say(t('incidents.done.ended', label(c)));
          return load();
        }, function (failure) {
          D.say(failure.status === 404 ? t('incidents.none-open', label(c)) : D.problem(failure), true);
        });
      });
      return;
    }
    var expected = $('expected').value ? zonedToIso($('expected').value) : null;
    D.api('PUT', '/api/admin/incidents/' + encodeURIComponent(channel), { status: state, message: message, expectedResolution: expected })
      .then(function () {
        D.say(t('incidents.done.published', label(c), t('incidents.status.' + state)));
        return load();
      }, D.fail);
  }

  D.start(function (person) {
    me = person;
    $('expected-label').textContent = t('incidents.expected', me.zone);
    $('incident-form').addEventListener('submit', publish);
    load();
  });
})();
