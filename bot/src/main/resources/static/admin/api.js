// What the admin pages share: the admin token (typed once, kept in this tab's sessionStorage, as the
// admin page does), calls to /api/admin, and times shown in the business's time zone, named.
// Every text from the server is rendered with textContent.
(function () {
  'use strict';
  var KEY = 'relais.adminToken';
  var zone = null;

  function $(id) { return document.getElementById(id); }

  function api(method, path, body) {
    var headers = { Authorization: 'Bearer ' + (sessionStorage.getItem(KEY) || '') };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) {
        if (r.status === 401) { signIn('Jeton refusé.'); return Promise.reject('unauthorized'); }
        return r.text().then(function (t) {
          var data = t && (r.headers.get('Content-Type') || '').indexOf('json') >= 0 ? JSON.parse(t) : t;
          if (!r.ok) { return Promise.reject(data && data.error ? data.error : 'HTTP ' + r.status); }
          return data;
        });
      });
  }

  // "heure de Paris", "heure d’Abidjan": the zone the times are in, named as the status page names it.
  function zoneLabel(id) {
    if (!id || id.indexOf('/') < 0) { return 'heure ' + (id || 'UTC'); }
    var city = id.split('/').pop().replace(/_/g, ' ');
    return (/^[AEIOUYÉÈÊ]/i.test(city) ? 'heure d’' : 'heure de ') + city;
  }

  function when(iso, withZone) {
    if (!iso) { return '—'; }
    var text = new Date(iso).toLocaleString('fr-FR', { timeZone: zone || undefined, dateStyle: 'short', timeStyle: 'short' });
    return withZone === false ? text : text + ' (' + zoneLabel(zone) + ')';
  }

  function show(id, error) {
    var box = $(id);
    if (box) { box.textContent = typeof error === 'string' && error !== 'unauthorized' ? error : ''; }
  }

  // Without a token (a new tab), the page asks for it instead of failing: no dead end.
  var onReady = null;
  function signIn(message) {
    sessionStorage.removeItem(KEY);
    var login = $('login'), app = $('app');
    if (login) { login.hidden = false; }
    if (app) { app.hidden = true; }
    show('login-error', message || '');
  }

  function start() {
    return fetch('/api/status', { cache: 'no-store' }).then(function (r) { return r.json(); })
      .then(function (status) { zone = status.zone; }, function () { zone = null; })
      .then(function () { return api('GET', '/api/admin/profile'); })
      .then(function () {
        $('login').hidden = true; $('app').hidden = false;
        if (onReady) { onReady(); }
      }, function () {});
  }

  function gate(ready) {
    onReady = ready;
    document.addEventListener('DOMContentLoaded', function () {
      $('login-form').addEventListener('submit', function (e) {
        e.preventDefault();
        sessionStorage.setItem(KEY, $('token').value.trim());
        $('token').value = '';
        start();
      });
      if (sessionStorage.getItem(KEY)) { start(); } else { signIn(''); }
    });
  }

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (cls) { node.className = cls; }
    return node;
  }

  window.RelaisAdmin = {
    api: api, when: when, zoneLabel: zoneLabel, show: show, gate: gate, el: el, $: $,
    zone: function () { return zone; },
    setZone: function (z) { zone = z; }
  };
})();
