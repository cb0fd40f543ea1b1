/*
 * Relais demo chat: web chat protocol v1 (docs/protocol.md) in plain JavaScript.
 * Every text from the user or the bot is put in the page with textContent, never as HTML.
 * The session token stays in localStorage so a reload resumes the conversation.
 */
(function () {
  'use strict';

  var TOKEN_KEY = 'relais.session';
  var MAX_FILE_BYTES = 10 * 1024 * 1024;
  var PING_EVERY_MS = 25000;

  var language = (navigator.language || 'fr').toLowerCase().indexOf('en') === 0 ? 'en' : 'fr';
  var texts = {};
  var socket = null;
  var pingTimer = null;
  var retryDelay = 1000;
  var ready = false;

  var log = document.getElementById('log');
  var status = document.getElementById('status');
  var form = document.getElementById('composer');
  var input = document.getElementById('message');
  var fileInput = document.getElementById('file');
  var attachLabel = fileInput.closest('label');

  function t(key, arg) {
    var text = texts[key] || key;
    return arg === undefined ? text : text.replace('{0}', arg);
  }

  function applyTexts() {
    document.documentElement.lang = language;
    document.title = t('title');
    document.querySelectorAll('[data-text]').forEach(function (el) { el.textContent = t(el.dataset.text); });
    document.querySelectorAll('[data-label]').forEach(function (el) { el.setAttribute('aria-label', t(el.dataset.label)); });
    document.querySelectorAll('[data-placeholder]').forEach(function (el) { el.placeholder = t(el.dataset.placeholder); });
    attachLabel.title = t('attach');
  }

  function add(kind, text) {
    var item = document.createElement('li');
    item.className = 'msg ' + kind;
    var who = document.createElement('span');
    who.className = 'visually-hidden';
    who.textContent = (kind === 'user' ? t('you') : t('bot')) + ' : ';
    if (kind === 'user' || kind === 'bot') {
      item.appendChild(who);
    }
    var body = document.createElement('span');
    body.textContent = text;
    item.appendChild(body);
    log.appendChild(item);
    item.scrollIntoView({ block: 'end' });
    return item;
  }

  function safeUrl(url) {
    try {
      var parsed = new URL(url, location.href);
      return ['http:', 'https:', 'mailto:'].indexOf(parsed.protocol) >= 0 ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function renderBot(frame) {
    var item = add('bot', frame.text);
    if (frame.links && frame.links.length) {
      var links = document.createElement('div');
      links.className = 'links';
      frame.links.forEach(function (link) {
        var href = safeUrl(link.url);
        if (!href) { return; }
        var a = document.createElement('a');
        a.href = href;
        a.textContent = link.label;
        if (href.indexOf('mailto:') !== 0) {
          a.target = '_blank';
          a.rel = 'noopener noreferrer';
        }
        links.appendChild(a);
      });
      item.appendChild(links);
    }
    if (frame.files && frame.files.length) {
      var files = document.createElement('div');
      files.className = 'files';
      frame.files.forEach(function (file) {
        var href = safeUrl(file.url);
        if (!href) { return; }
        var a = document.createElement('a');
        a.className = 'file-card';
        a.href = href;
        a.setAttribute('download', file.name);
        var icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        icon.setAttribute('aria-hidden', 'true');
        icon.setAttribute('width', '16');
        icon.setAttribute('height', '16');
        icon.setAttribute('viewBox', '0 0 24 24');
        var arrow = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        arrow.setAttribute('d', 'M12 3v12m0 0l-5-5m5 5l5-5M4 20h16');
        arrow.setAttribute('stroke', 'currentColor');
        arrow.setAttribute('stroke-width', '2');
        arrow.setAttribute('fill', 'none');
        icon.appendChild(arrow);
        var name = document.createElement('span');
        name.textContent = file.name;
        var action = document.createElement('span');
        action.className = 'visually-hidden';
        action.textContent = ' – ' + t('download');
        a.append(icon, name, action);
        files.appendChild(a);
      });
      item.appendChild(files);
    }
    if (frame.choices && frame.choices.length) {
      var group = document.createElement('div');
      group.className = 'choices';
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', t('choices-label'));
      frame.choices.forEach(function (choice) {
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = choice.label;
        button.addEventListener('click', function () {
          if (send({ type: 'choice', id: choice.id })) {
            group.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
            add('user', choice.label);
          }
        });
        group.appendChild(button);
      });
      item.appendChild(group);
    }
    attachLabel.classList.toggle('wanted', frame.expects === 'file');
  }

  function send(frame) {
    if (!socket || socket.readyState !== WebSocket.OPEN || !ready) {
      status.textContent = t('offline');
      return false;
    }
    socket.send(JSON.stringify(frame));
    return true;
  }

  function onFrame(event) {
    var frame;
    try { frame = JSON.parse(event.data); } catch (e) { return; }
    if (frame.type === 'welcome') {
      localStorage.setItem(TOKEN_KEY, frame.session);
      ready = true;
      retryDelay = 1000;
      status.textContent = '';
      if (frame.resumed && !log.querySelector('.msg.bot')) {
        // The server replays nothing: /status answers where we are and asks the current question again.
        add('note', t('resumed'));
        send({ type: 'text', text: '/status' });
      }
    } else if (frame.type === 'bot') {
      renderBot(frame);
    } else if (frame.type === 'agent') {
      add('bot', (frame.name ? frame.name + ' : ' : '') + frame.text);
    } else if (frame.type === 'error') {
      add('error', frame.message).setAttribute('role', 'alert');
    }
  }

  function connect() {
    status.textContent = t('connecting');
    ready = false;
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    socket = new WebSocket(scheme + location.host + '/ws/chat');
    socket.addEventListener('open', function () {
      var hello = { type: 'hello', locale: navigator.language || language };
      var token = localStorage.getItem(TOKEN_KEY);
      if (token) { hello.session = token; }
      var start = new URLSearchParams(location.search).get('start');
      if (start) { hello.start = start; }
      socket.send(JSON.stringify(hello));
      clearInterval(pingTimer);
      pingTimer = setInterval(function () { send({ type: 'ping' }); }, PING_EVERY_MS);
    });
    socket.addEventListener('message', onFrame);
    socket.addEventListener('close', function () {
      ready = false;
      clearInterval(pingTimer);
      status.textContent = t('offline');
      setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 30000);
    });
  }

  function upload(file) {
    if (file.size > MAX_FILE_BYTES) {
      add('error', t('file-too-large'));
      return;
    }
    var token = localStorage.getItem(TOKEN_KEY);
    var body = new FormData();
    body.append('file', file, file.name);
    status.textContent = t('uploading', file.name);
    fetch('/api/uploads', { method: 'POST', body: body, headers: { 'X-Relais-Session': token || '' } })
      .then(function (response) {
        return response.json().then(function (json) { return { ok: response.ok, json: json }; },
          function () { return { ok: false, json: {} }; });
      })
      .then(function (result) {
        status.textContent = '';
        if (!result.ok) {
          add('error', result.json.message || t('upload-failed'));
          return;
        }
        if (send({ type: 'attachment', upload: result.json.upload })) {
          add('user', t('attached', result.json.name));
        }
      })
      .catch(function () {
        status.textContent = '';
        add('error', t('upload-failed'));
      });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    if (send({ type: 'text', text: text })) {
      add('user', text);
      input.value = '';
    }
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  fileInput.addEventListener('change', function () {
    if (fileInput.files.length) { upload(fileInput.files[0]); }
    fileInput.value = '';
  });

  fetch('/api/chat/texts?lang=' + language)
    .then(function (response) { return response.json(); })
    .then(function (json) { texts = json; })
    .catch(function () { texts = {}; })
    .then(function () { applyTexts(); connect(); });
}());
