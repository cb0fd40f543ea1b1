// One's own account: the name customers see, the desk's language, the password.
(function () {
  'use strict';
  var D = window.Desk, t = D.t, $ = D.$;

  D.start(function (me) {
    $('username').textContent = t('account.username', me.username);
    $('display-name').value = me.displayName;
    $('language').value = me.language;
    $('new-password-hint').textContent = t('welcome.password-hint', 10);
    $('profile-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var language = $('language').value;
      D.api('PUT', '/api/admin/me', { displayName: $('display-name').value.trim(), language: language }).then(function (saved) {
        if (saved.language !== me.language) { window.location.reload(); return; }
        me.displayName = saved.displayName;
        D.say(t('account.done.saved', saved.displayName));
      }, D.fail);
    });
    $('password-form').addEventListener('submit', function (e) {
      e.preventDefault();
      if ($('new-password').value !== $('confirm-password').value) { D.say(t('error.password-mismatch'), true); return; }
      D.api('POST', '/api/admin/me/password', { current: $('current').value, password: $('new-password').value }).then(function () {
        $('password-form').reset();
        D.say(t('account.done.password'));
      }, D.fail);
    });
  });
})();
