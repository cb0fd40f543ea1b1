// The team (administrators): accounts, invitations by one-time link, roles, disabling; the
// automation's tokens. Links and tokens are shown once, here, and never again.
(function () {
  'use strict';
  var D = window.Desk, t = D.t, el = D.el, $ = D.$;
  var me = null;

  function state(a) {
    if (!a.enabled) { return t('team.state.disabled'); }
    return a.invited ? t('team.state.invited') : t('team.state.active');
  }

  function loadAccounts() {
    return D.api('GET', '/api/admin/accounts').then(function (accounts) {
      var body = $('accounts');
      body.replaceChildren();
      accounts.forEach(function (a) {
        var self = a.id === me.id;
        var actions = el('td', { class: 'actions' });
        actions.appendChild(el('button', { type: 'button', text: t('team.new-link'), 'aria-label': t('team.new-link-named', a.displayName),
          on: { click: function () { newLink(a); } } }));
        if (!self) {
          actions.appendChild(a.enabled
            ? el('button', { type: 'button', text: t('team.disable'), 'aria-label': t('team.disable-named', a.displayName), on: { click: function () { disable(a); } } })
            : el('button', { type: 'button', text: t('team.enable'), 'aria-label': t('team.enable-named', a.displayName), on: { click: function () { enable(a); } } }));
          var other = a.role === 'ADMIN' ? 'AGENT' : 'ADMIN';
          actions.appendChild(el('button', { type: 'button', text: t('team.make.' + other), 'aria-label': t('team.make-named.' + other, a.displayName),
            on: { click: function () { role(a, other); } } }));
        }
        body.appendChild(el('tr', {},
          el('td', {}, el('strong', { text: a.displayName }), el('br'), el('span', { class: 'meta', text: a.username }),
            self ? el('span', { class: 'meta', text: ' ' + t('team.you') }) : null),
          el('td', { text: t('role.' + a.role) }),
          el('td', { text: state(a) }),
          el('td', { text: a.lastSignIn ? D.when(a.lastSignIn) : t('team.never') }),
          actions));
      });
    }, D.fail);
  }

  function showLink(invitation, heading) {
    $('link-heading').textContent = heading;
    $('link').textContent = invitation.link;
    $('link-box').hidden = false;
  }

  function invite(e) {
    e.preventDefault();
    var body = { username: $('invite-username').value.trim(), displayName: $('invite-name').value.trim(),
      role: $('invite-role').value, language: $('invite-language').value };
    D.api('POST', '/api/admin/accounts', body).then(function (invitation) {
      D.say(t('team.done.invited', invitation.account.displayName));
      showLink(invitation, t('team.link-for', invitation.account.displayName));
      $('invite-form').reset();
      return loadAccounts();
    }, D.fail);
  }

  function newLink(a) {
    D.confirm(t('team.new-link'), t('team.confirm-link', a.displayName), t('team.new-link')).then(function (yes) {
      if (!yes) { return; }
      D.api('POST', '/api/admin/accounts/' + a.id + '/link').then(function (invitation) {
        D.say(t('team.done.link', a.displayName));
        showLink(invitation, t('team.link-for', a.displayName));
        $('link-box').scrollIntoView();
      }, D.fail);
    });
  }

  function disable(a) {
    D.confirm(t('team.disable'), t('team.confirm-disable', a.displayName), t('team.disable')).then(function (yes) {
      if (!yes) { return; }
      D.api('POST', '/api/admin/accounts/' + a.id + '/disable').then(function () {
        D.say(t('team.done.disabled', a.displayName));
        return loadAccounts();
      }, D.fail);
    });
  }

  function enable(a) {
    D.api('POST', '/api/admin/accounts/' + a.id + '/enable').then(function () {
      D.say(t('team.done.enabled', a.displayName));
      return loadAccounts();
    }, D.fail);
  }

  function role(a, next) {
    D.confirm(t('team.make.' + next), t('team.confirm-role.' + next, a.displayName), t('team.make.' + next)).then(function (yes) {
      if (!yes) { return; }
      D.api('PUT', '/api/admin/accounts/' + a.id + '/role', { role: next }).then(function () {
        D.say(t('team.done.role.' + next, a.displayName));
        return loadAccounts();
      }, D.fail);
    });
  }

  function loadTokens() {
    return D.api('GET', '/api/admin/tokens').then(function (tokens) {
      var body = $('tokens');
      body.replaceChildren();
      tokens.forEach(function (tk) {
        body.appendChild(el('tr', {},
          el('td', {}, el('strong', { text: tk.name }), tk.revokedAt ? el('span', { class: 'meta', text: ' ' + t('team.revoked', D.when(tk.revokedAt)) }) : null),
          el('td', { text: t('team.created-by', D.when(tk.createdAt), tk.createdBy) }),
          el('td', { text: tk.lastUsed ? D.when(tk.lastUsed) : t('team.never') }),
          el('td', {}, tk.revokedAt ? null : el('button', { type: 'button', text: t('team.revoke'), 'aria-label': t('team.revoke-named', tk.name),
            on: { click: function () { revoke(tk); } } }))));
      });
      if (tokens.length === 0) { body.appendChild(el('tr', {}, el('td', { colspan: '4', class: 'empty', text: t('team.tokens-empty') }))); }
    }, D.fail);
  }

  function createToken(e) {
    e.preventDefault();
    D.api('POST', '/api/admin/tokens', { name: $('token-name').value.trim() }).then(function (made) {
      D.say(t('team.done.token', made.token.name));
      $('secret-heading').textContent = t('team.secret-for', made.token.name);
      $('secret').textContent = made.secret;
      $('secret-box').hidden = false;
      $('token-form').reset();
      return loadTokens();
    }, D.fail);
  }

  function revoke(tk) {
    D.confirm(t('team.revoke'), t('team.confirm-revoke', tk.name), t('team.revoke')).then(function (yes) {
      if (!yes) { return; }
      D.api('DELETE', '/api/admin/tokens/' + tk.id).then(function () {
        D.say(t('team.done.revoked', tk.name));
        return loadTokens();
      }, D.fail);
    });
  }

  D.start(function (person) {
    me = person;
    $('invite-form').addEventListener('submit', invite);
    $('token-form').addEventListener('submit', createToken);
    loadAccounts();
    loadTokens();
  });
})();
