// The admin page: incidents and the agent inbox over /api/admin. The token is typed by the admin
// and kept in sessionStorage only; every text from the server is rendered with textContent.
(function () {
  'use strict';
  var KEY = 'relais.adminToken';
  var current = null;
  var $ = function (id) { return document.getElementById(id); };

  function token() { return sessionStorage.getItem(KEY); }

  function api(method, path, body) {
    var headers = { Authorization: 'Bearer ' + token() };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) {
        if (r.status === 401) { logout('Jeton refusé.'); return Promise.reject('unauthorized'); }
        return r.text().then(function (t) {
          var data = t ? JSON.parse(t) : null;
          if (!r.ok) { return Promise.reject(data && data.error ? data.error : 'HTTP ' + r.status); }
          return data;
        });
      });
  }

  function show(error) { $('error').textContent = typeof error === 'string' && error !== 'unauthorized' ? error : ''; }

  function item(text, cls) {
    var li = document.createElement('li');
    li.textContent = text;
    if (cls) { li.className = cls; }
    return li;
  }

  // Times in the business's zone (the status page's), not the browser's: everyone reads the same hour.
  var zone = null;
  function when(iso) {
    return iso ? new Date(iso).toLocaleString('fr-FR', { timeZone: zone || undefined, dateStyle: 'short', timeStyle: 'short' }) : '—';
  }

  function loadStatus() {
    return Promise.all([fetch('/api/status').then(function (r) { return r.json(); }), api('GET', '/api/admin/incidents'),
      api('GET', '/api/admin/detection')])
      .then(function (all) {
        var status = all[0], incidents = all[1], detection = all[2] || [];
        zone = status.zone;
        var city = (zone || 'UTC').split('/').pop().replace(/_/g, ' ');
        $('zone-note').textContent = 'Heures données à l’heure ' + (/^[AEIOUYÉ]/i.test(city) ? 'd’' : 'de ') + city + ' (fuseau du profil de l’entreprise).';
        var list = $('channels'), select = $('channel');
        var chosen = select.value;
        list.replaceChildren(); select.replaceChildren();
        status.channels.forEach(function (c) {
          var due = incidents.updatesDue.some(function (id) {
            return incidents.open.some(function (i) { return i.id === id && i.channel === c.id; });
          });
          var text = c.label.fr + ' : ' + c.status + (c.since ? ' depuis ' + when(c.since) : '') +
            (c.message ? ' — ' + c.message.fr : '') + (due ? ' — mise à jour conseillée (plus de 2 h sans nouvelles)' : '');
          var li = item(text, due ? 'due' : '');
          detected(li, c.id, status, detection);
          list.appendChild(li);
          var option = document.createElement('option');
          option.value = c.id; option.textContent = c.label.fr;
          select.appendChild(option);
        });
        if (chosen) { select.value = chosen; }
        document.dispatchEvent(new Event('relais:channels'));
      });
  }

  // An incident Relais declared from failed sends: said so, and confirmed by a person here.
  function detected(li, channel, status, detection) {
    var open = status.incidents.filter(function (i) {
      return i.channel === channel && i.status !== 'resolved' && i.detectedAutomatically;
    })[0];
    if (!open) { return; }
    var found = detection.filter(function (d) { return d.openIncident && d.openIncident.incidentId === open.id; })[0];
    var auto = found ? found.openIncident : {};
    li.appendChild(document.createTextNode(' — détecté automatiquement' +
      (auto.confirmedBy ? ', confirmé par ' + auto.confirmedBy + ' le ' + when(auto.confirmedAt) : '')));
    if (auto.confirmedBy) { return; }
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'confirm-detected';
    button.textContent = 'Confirmer';
    button.addEventListener('click', function () {
      api('POST', '/api/admin/incidents/' + encodeURIComponent(channel) + '/confirm', agentBody()).then(refresh, show);
    });
    li.appendChild(document.createTextNode(' '));
    li.appendChild(button);
  }

  function loadTickets() {
    return api('GET', '/api/admin/tickets').then(function (tickets) {
      var list = $('tickets');
      list.replaceChildren();
      tickets.forEach(function (t) {
        var li = document.createElement('li');
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = t.id + ' — ' + (t.status === 'OPEN' ? 'en attente' : 'prise par ' + t.agent) +
          ' — ' + (t.name || 'client') + ' — ' + when(t.openedAt);
        button.addEventListener('click', function () { current = t.id; loadTicket(); });
        li.appendChild(button);
        list.appendChild(li);
      });
    });
  }

  function loadTicket() {
    if (!current) { $('ticket').hidden = true; return Promise.resolve(); }
    return api('GET', '/api/admin/tickets/' + encodeURIComponent(current)).then(function (view) {
      var t = view.ticket;
      $('ticket').hidden = false;
      $('ticket-title').textContent = 'Demande ' + t.id + ' (' + t.status + ')';
      $('ticket-meta').textContent = [t.name, t.contact, t.conversation.channel, t.language, t.summary]
        .filter(Boolean).join(' · ');
      var log = $('ticket-messages');
      log.replaceChildren();
      view.messages.forEach(function (m) {
        log.appendChild(item(when(m.at) + ' — ' + (m.name || m.author) + ' : ' + m.text));
      });
    });
  }

  function loadCanned() {
    return api('GET', '/api/admin/canned').then(function (canned) {
      var select = $('canned');
      canned.forEach(function (c) {
        var option = document.createElement('option');
        option.value = c.code; option.textContent = '/' + c.code + ' — ' + c.question.fr;
        select.appendChild(option);
      });
    });
  }

  function loadNotices() {
    return api('GET', '/api/admin/notices').then(function (notices) {
      var list = $('notices');
      list.replaceChildren();
      notices.slice(0, 20).forEach(function (n) { list.appendChild(item(when(n.at) + ' — ' + n.text)); });
    });
  }

  function refresh() {
    return Promise.all([loadStatus(), loadTickets(), loadTicket(), loadNotices()]).then(function () { show(''); }, show);
  }

  function agentBody(extra) {
    var body = { agent: $('agent').value.trim() };
    Object.keys(extra || {}).forEach(function (k) { body[k] = extra[k]; });
    return body;
  }

  // The crisis kit's link: ?declare=<channel>&status=outage&fr=...&en=... fills the incident form; the agent publishes.
  function prefill() {
    var q = new URLSearchParams(location.search);
    if (!q.get('declare')) { return; }
    $('message-fr').value = q.get('fr') || '';
    $('message-en').value = q.get('en') || '';
    if (q.get('status')) { $('status').value = q.get('status'); }
    var wanted = q.get('declare');
    var pick = function () { if (Array.prototype.some.call($('channel').options, function (o) { return o.value === wanted; })) { $('channel').value = wanted; } };
    pick();
    document.addEventListener('relais:channels', pick, { once: true });
  }

  function start() {
    $('login').hidden = true; $('app').hidden = false;
    loadCanned().catch(show);
    refresh();
    setInterval(refresh, 10000);
  }

  function logout(message) {
    sessionStorage.removeItem(KEY);
    $('app').hidden = true; $('login').hidden = false;
    $('login-error').textContent = message || '';
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('login-form').addEventListener('submit', function (e) {
      e.preventDefault();
      sessionStorage.setItem(KEY, $('token').value.trim());
      $('token').value = '';
      api('GET', '/api/admin/incidents').then(start, function () {});
    });
    $('logout').addEventListener('click', function () { logout(''); });
    $('incident-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var channel = $('channel').value, status = $('status').value;
      var message = { fr: $('message-fr').value.trim(), en: $('message-en').value.trim() };
      var expected = $('expected').value ? new Date($('expected').value).toISOString() : null;
      var call = status === 'operational'
        ? api('DELETE', '/api/admin/incidents/' + encodeURIComponent(channel), { message: message })
        : api('PUT', '/api/admin/incidents/' + encodeURIComponent(channel),
            { status: status, message: message, expectedResolution: expected });
      call.then(refresh, show);
    });
    $('reply-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var body = $('canned').value ? agentBody({ code: $('canned').value }) : agentBody({ text: $('reply').value });
      api('POST', '/api/admin/tickets/' + encodeURIComponent(current) + '/reply', body)
        .then(function () { $('reply').value = ''; $('canned').value = ''; return refresh(); }, show);
    });
    $('take').addEventListener('click', function () {
      api('POST', '/api/admin/tickets/' + encodeURIComponent(current) + '/take', agentBody()).then(refresh, show);
    });
    $('close').addEventListener('click', function () {
      api('POST', '/api/admin/tickets/' + encodeURIComponent(current) + '/close', agentBody())
        .then(function () { current = null; return refresh(); }, show);
    });
    prefill();
    if (token()) { api('GET', '/api/admin/incidents').then(start, function () {}); }
  });
})();
