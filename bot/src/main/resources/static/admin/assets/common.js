// The desk's shared part: the signed-in person (GET /api/admin/me), the sentences in their language
// (GET /api/admin/texts), the header with its navigation, calls to the admin API with the CSRF token,
// times in the business's time zone, confirmations and the status line. Every text from the server
// is put in with textContent, never as HTML.
(function () {
  'use strict';

  // The desk's pages. A page added later adds its line here and its label to the desk bundle
  // (nav.<key>); `admin` pages are listed for administrators only.
  var NAV = [
    { href: '/admin/', key: 'nav.conversations' },
    { href: '/admin/incidents.html', key: 'nav.incidents' },
    { href: '/admin/reports.html', key: 'nav.reports' },
    { href: '/admin/canned.html', key: 'nav.canned' },
    { href: '/admin/profile.html', key: 'nav.profile', admin: true },
    { href: '/admin/faq.html', key: 'nav.faq', admin: true },
    { href: '/admin/team.html', key: 'nav.team', admin: true },
    { href: '/admin/audit.html', key: 'nav.audit', admin: true },
    { href: '/admin/account.html', key: 'nav.account' }
  ];

  var texts = {};
  var me = null;

  function t(key) {
    var args = Array.prototype.slice.call(arguments, 1);
    var pattern = texts[key];
    if (pattern === undefined) { return key; }
    return pattern.replace(/\{(\d+)\}/g, function (all, i) { return args[i] === undefined || args[i] === null ? '' : String(args[i]); });
  }

  function el(tag, props) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) {
      if (k === 'text') { node.textContent = props[k]; }
      else if (k === 'class') { node.className = props[k]; }
      else if (k === 'on') { Object.keys(props.on).forEach(function (e) { node.addEventListener(e, props.on[e]); }); }
      else if (props[k] !== null && props[k] !== undefined && props[k] !== false) { node.setAttribute(k, props[k] === true ? '' : props[k]); }
    });
    Array.prototype.slice.call(arguments, 2).forEach(function (child) {
      if (child === null || child === undefined || child === false) { return; }
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function $(id) { return document.getElementById(id); }

  /**
   * An API call; rejects with {status, error, message, agent} so pages can say what went wrong in
   * words: `error` is a code the desk bundle may translate, `message` the server's own sentence in
   * the person's language (why an edit was refused).
   */
  function api(method, path, body) {
    var headers = { Accept: 'application/json' };
    if (method !== 'GET' && me && me.csrf) { headers[me.csrf.header] = me.csrf.token; }
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    return fetch(path, { method: method, headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) {
        if (r.status === 401) { signedOut(); return Promise.reject({ status: 401, error: 'unauthorized' }); }
        return r.text().then(function (text) {
          var data = null;
          try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
          if (!r.ok) {
            return Promise.reject({ status: r.status, error: data && data.error, message: data && data.message, agent: data && data.agent });
          }
          return data;
        });
      }, function () { return Promise.reject({ status: 0, error: 'network' }); });
  }

  function signedOut() { window.location.href = '/admin/login'; }

  /** What went wrong, in the person's language. */
  function problem(failure) {
    var code = failure && failure.error;
    if (code && texts['error.' + code] !== undefined) { return t('error.' + code, failure.agent); }
    if (failure && failure.message) { return failure.message; }
    if (failure && failure.status === 0) { return t('error.network'); }
    return t('error.unknown');
  }

  var statusTimer = null;
  /** Says what an action did (or why it did not), in the status line read out by screen readers. */
  function say(message, isError) {
    var line = $('status');
    if (!line) { return; }
    line.textContent = message;
    line.className = 'status' + (isError ? ' error' : ' ok');
    line.hidden = false;
    clearTimeout(statusTimer);
    statusTimer = setTimeout(function () { line.hidden = true; }, isError ? 12000 : 6000);
  }

  function fail(failure) { say(problem(failure), true); }

  var formats = {};
  /** A time in the business's time zone, with the zone named. */
  function when(iso, withDate) {
    if (!iso) { return ''; }
    var key = (withDate === false ? 't' : 'd');
    if (!formats[key]) {
      var options = { timeZone: me.zone, hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };
      if (withDate !== false) { options.day = '2-digit'; options.month = '2-digit'; options.year = 'numeric'; }
      formats[key] = new Intl.DateTimeFormat(me.language === 'en' ? 'en-GB' : 'fr-FR', options);
    }
    return formats[key].format(new Date(iso));
  }

  /** A yes/no question in a modal dialog; resolves true when confirmed. */
  function confirmDialog(title, text, yes) {
    return new Promise(function (resolve) {
      var dialog = el('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-title' },
        el('h2', { id: 'confirm-title', text: title }), el('p', { text: text }));
      var ok = el('button', { type: 'button', class: 'primary', text: yes });
      var no = el('button', { type: 'button', text: t('common.cancel') });
      dialog.appendChild(el('p', { class: 'actions' }, ok, ' ', no));
      function done(answer) { dialog.close(); dialog.remove(); resolve(answer); }
      ok.addEventListener('click', function () { done(true); });
      no.addEventListener('click', function () { done(false); });
      dialog.addEventListener('cancel', function (e) { e.preventDefault(); done(false); });
      document.body.appendChild(dialog);
      dialog.showModal();
      no.focus();
    });
  }

  function applyTexts(root) {
    root.querySelectorAll('[data-t]').forEach(function (n) { n.textContent = t(n.getAttribute('data-t')); });
    ['placeholder', 'aria-label', 'title'].forEach(function (attr) {
      root.querySelectorAll('[data-t-' + attr + ']').forEach(function (n) {
        n.setAttribute(attr, t(n.getAttribute('data-t-' + attr)));
      });
    });
  }

  function header() {
    var top = $('top');
    var here = window.location.pathname;
    var list = el('ul');
    NAV.filter(function (item) { return !item.admin || me.role === 'ADMIN'; }).forEach(function (item) {
      var current = here === item.href || (item.href === '/admin/' && here === '/admin/index.html');
      list.appendChild(el('li', {}, el('a', { href: item.href, 'aria-current': current ? 'page' : null, text: t(item.key) })));
    });
    var other = me.language === 'en' ? 'fr' : 'en';
    var language = el('button', { type: 'button', class: 'link', lang: other, text: t('other-language'),
      on: { click: function () {
        api('PUT', '/api/admin/me', { displayName: me.displayName, language: other }).then(function () { window.location.reload(); }, fail);
      } } });
    var logout = el('form', { method: 'post', action: '/admin/logout', class: 'logout' },
      el('input', { type: 'hidden', name: '_csrf', value: me.csrf.token }),
      el('button', { type: 'submit', class: 'link', text: t('nav.signout') }));
    top.replaceChildren(el('a', { class: 'brand', href: '/admin/', text: t('brand') }),
      el('nav', { 'aria-label': t('nav.label') }, list),
      el('div', { class: 'who' }, el('span', { class: 'name', text: t('nav.signed-in-as', me.displayName) }), language, logout));
  }

  /** Loads the person and the sentences, draws the header, then runs the page. */
  function start(page) {
    api('GET', '/api/admin/me').then(function (person) {
      me = person;
      document.documentElement.lang = me.language;
      return fetch('/api/admin/texts?lang=' + me.language, { credentials: 'same-origin' }).then(function (r) { return r.json(); });
    }).then(function (loaded) {
      texts = loaded;
      var title = document.body.getAttribute('data-title');
      if (title) { document.title = t(title) + ' — Relais'; }
      applyTexts(document);
      header();
      document.body.classList.remove('loading');
      page(me);
    }).catch(function (failure) {
      if (failure && failure.status !== 401) {
        document.body.classList.remove('loading');
        document.body.textContent = 'Relais : ' + (failure.status || 'network');
      }
    });
  }

  function size(bytes) {
    if (bytes < 1024) { return t('common.bytes', bytes); }
    if (bytes < 1024 * 1024) { return t('common.kb', Math.round(bytes / 1024)); }
    return t('common.mb', (bytes / 1024 / 1024).toFixed(1));
  }

  window.Desk = { t: t, el: el, $: $, api: api, say: say, fail: fail, problem: problem, when: when, size: size,
    confirm: confirmDialog, applyTexts: applyTexts, start: start, me: function () { return me; } };
})();
