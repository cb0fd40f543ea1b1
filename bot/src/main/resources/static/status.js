// Refreshes /status every 30 s by fetching the same server-rendered (escaped) page and swapping its
// <main>: no markup is built from data here. The page works without this script.
(function () {
  'use strict';
  function refresh() {
    fetch(window.location.pathname + window.location.search, { cache: 'no-store', headers: { Accept: 'text/html' } })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('status');
        var current = document.getElementById('status');
        if (fresh && current) { current.replaceWith(document.importNode(fresh, true)); }
      })
      .catch(function () { /* keep the last known state; the next refresh tries again */ });
  }
  setInterval(refresh, 30000);
  document.addEventListener('visibilitychange', function () { if (!document.hidden) { refresh(); } });
})();
