/*
 * Relais chat widget: <script src="https://HOST/widget.js" async></script> on an allowed site.
 * Plain JavaScript, no build, no third-party request. Speaks web chat protocol v1 (docs/protocol.md)
 * with the server the script itself came from. Options: data-position (right|left), data-accent
 * (#rgb or #rrggbb), data-title, data-locale, data-start, data-open. API: Relais.open(), close(),
 * toggle(), on(event, fn) with events open, close, message, ready, error. See docs/widget.md.
 *
 * Rules kept throughout: text from the user or the server goes in with textContent, never as HTML;
 * links come only from a frame's links/files and only as http:, https: or mailto:; every sentence
 * comes from GET /api/chat/texts (FALLBACK is only for a server that cannot be reached at all).
 */
(function () {
  'use strict';
  if (window.Relais && window.Relais.version) { return; }

  var script = document.currentScript || (function () {
    var all = document.querySelectorAll('script[src*="widget.js"]');
    return all[all.length - 1];
  }());
  var SERVER = new URL(script.src, location.href).origin;
  var data = script.dataset;
  var MAX_BYTES = 10 * 1024 * 1024;
  var TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/heic', 'image/heif', 'image/bmp', 'application/pdf'];
  var PING_EVERY_MS = 25000;
  var PONG_WITHIN_MS = 20000;
  var KEEP_ENTRIES = 300;
  var KEY = 'relais:' + SERVER + ':';
  var FALLBACK = { open: 'Chat', close: 'Close', send: 'Send', unreachable: 'The chat server cannot be reached: trying again…' };

  var locale = data.locale || navigator.language || 'fr';
  // The conversation's language once the server said it (it follows /lang), else the page's.
  var language = load('lang', null) || (/^en\b/i.test(locale) ? 'en' : 'fr');
  var zone = (function () { try { return Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return null; } }());
  var accent = /^#([0-9a-f]{3}){1,2}$/i.test(data.accent || '') ? data.accent : '#1d4ed8';
  var start = data.start || (location.origin === SERVER ? new URLSearchParams(location.search).get('start') : null);
  // A /continue link (?continue=…) opens this conversation elsewhere begun: a new session, once.
  var continuation = location.origin === SERVER ? new URLSearchParams(location.search).get('continue') : null;

  var texts = {};
  var listeners = {};
  var entries = load('log', []);
  // A reload while a message was on its way: whether it arrived is unknown, so offer to send it again.
  entries.forEach(function (e) { if (e.st === 'sending') { e.st = 'failed'; } });
  var lastBotId = load('last', '');
  var socket = null;
  var sessionToken = null;
  var ready = false;
  var welcomed = false;
  var refused = false;
  var attempts = 0;
  var retryTimer = null;
  var pingTimer = null;
  var pongTimer = null;
  var waiting = [];
  var ui = null;

  // ---- storage: the token per server origin (localStorage), the transcript per tab (sessionStorage)
  function store(kind) {
    try { return kind === 'token' ? window.localStorage : window.sessionStorage; } catch (e) { return null; }
  }
  function load(name, fallback) {
    var s = store(name);
    try { var v = s && s.getItem(KEY + name); return v ? JSON.parse(v) : fallback; } catch (e) { return fallback; }
  }
  function save(name, value) {
    var s = store(name);
    try {
      if (!s) { return; }
      if (value === null) { s.removeItem(KEY + name); } else { s.setItem(KEY + name, JSON.stringify(value)); }
    } catch (e) { /* storage full or denied: the conversation goes on without it */ }
  }
  function saveLog() {
    if (entries.length > KEEP_ENTRIES) { entries = entries.slice(entries.length - KEEP_ENTRIES); }
    save('log', entries);
    save('last', lastBotId);
  }

  // The link works once: forget it, and its transcript of another conversation, once the server took it.
  function dropContinuation() {
    continuation = null;
    entries = [];
    lastBotId = '';
    if (ui) { ui.log.textContent = ''; }
    try { history.replaceState(null, '', location.pathname + location.hash); } catch (e) { /* nothing to tidy */ }
  }

  function t(key, arg) {
    var text = texts[key] || FALLBACK[key] || '';
    return arg === undefined ? text : text.replace('{0}', arg);
  }

  function emit(name, detail) {
    (listeners[name] || []).slice().forEach(function (fn) {
      try { fn(detail); } catch (e) { setTimeout(function () { throw e; }); }
    });
  }

  // ---- DOM helpers
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }
  var ICONS = {
    chat: 'M4 5h16v11H9l-5 4z',
    close: 'M6 6l12 12M18 6L6 18',
    clip: 'M21 11.5l-8.5 8.5a5 5 0 0 1-7-7L14 4.5a3.5 3.5 0 0 1 5 5L10.5 18a2 2 0 0 1-3-3l8-8',
    send: 'M4 12l16-8-6 16-2-6z',
    down: 'M12 3v12m0 0l-5-5m5 5l5-5M4 20h16',
    copy: 'M9 9h11v11H9zM5 15H4V4h11v1',
    mail: 'M3 6h18v12H3zM3 6l9 7 9-7',
    back: 'M19 12H5m0 0l6-6m-6 6l6 6',
    edit: 'M4 20h4L19 9a2.8 2.8 0 0 0-4-4L4 16z',
    trash: 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3',
    resume: 'M9 14l-5-5 5-5M4 9h11a5 5 0 0 1 0 10h-3',
    plus: 'M12 5v14M5 12h14'
  };
  // Buttons the widget knows get an icon of its own: labels carry no emoji (no font is guaranteed to draw them).
  var CHOICE_ICONS = [['cmd:back', 'back'], ['cmd:dossier edit:', 'edit'], ['cmd:dossier add:', 'clip'],
    ['cmd:dossier remove:', 'trash'], ['cmd:dossier zip', 'down'], ['cmd:dossier close', 'resume'],
    ['cmd:restart', 'plus']];
  function choiceIcon(id) {
    for (var i = 0; i < CHOICE_ICONS.length; i++) {
      if (id.indexOf(CHOICE_ICONS[i][0]) === 0) { return CHOICE_ICONS[i][1]; }
    }
    return null;
  }
  // What the pending question wants typed (a bot frame's hint): the input's placeholder and the phone's keyboard.
  var INPUT_MODES = { link: 'url', email: 'email', phone: 'tel' };
  function icon(name) {
    var svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('focusable', 'false');
    var path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', ICONS[name]);
    svg.appendChild(path);
    return svg;
  }
  function hidden(text) { return el('span', 'vh', text); }

  function safeUrl(url) {
    try {
      var parsed = new URL(url, SERVER);
      return ['http:', 'https:', 'mailto:'].indexOf(parsed.protocol) >= 0 ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  // Text on the accent colour: white or near-black, whichever contrasts more (WCAG relative luminance).
  function onAccent(hex) {
    var h = hex.slice(1);
    if (h.length === 3) { h = h.replace(/./g, '$&$&'); }
    var lum = [0, 2, 4].map(function (i) {
      var c = parseInt(h.substr(i, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    var l = 0.2126 * lum[0] + 0.7152 * lum[1] + 0.0722 * lum[2];
    return (1.05 / (l + 0.05)) >= ((l + 0.05) / 0.0556) ? '#ffffff' : '#111111';
  }

  var CSS = [
    ':host{all:initial!important;display:block!important;position:static!important;visibility:visible!important;opacity:1!important}',
    '*,*::before,*::after{box-sizing:border-box}',
    '.root{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1f2328;-webkit-text-size-adjust:100%}',
    '.vh{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;margin:-1px}',
    'svg{width:20px;height:20px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round;flex:none}',
    'button,textarea,input,a{font:inherit;color:inherit}',
    ':focus-visible{outline:3px solid #111;outline-offset:2px;box-shadow:0 0 0 5px #fff}',
    '.launcher{position:fixed;bottom:20px;right:20px;width:56px;height:56px;border-radius:50%;border:0;cursor:pointer;display:flex;align-items:center;justify-content:center;background:var(--accent);color:var(--on-accent);box-shadow:0 4px 14px rgba(0,0,0,.25);z-index:2147483000}',
    '.launcher svg{width:26px;height:26px}',
    '.left .launcher{right:auto;left:20px}',
    '.panel{position:fixed;bottom:88px;right:20px;width:380px;height:min(640px,calc(100dvh - 110px));display:flex;flex-direction:column;background:#fff;border-radius:14px;box-shadow:0 10px 40px rgba(0,0,0,.28);overflow:hidden;z-index:2147483001}',
    '.left .panel{right:auto;left:20px}',
    '.panel[hidden],[hidden]{display:none!important}',
    'header{display:flex;align-items:center;gap:8px;padding:12px 12px 12px 16px;background:var(--accent);color:var(--on-accent)}',
    'header .titles{flex:1;min-width:0}',
    'h2{margin:0;font-size:16px;font-weight:650}',
    'header p{margin:2px 0 0;font-size:12.5px}',
    '.close{border:0;background:transparent;cursor:pointer;width:40px;height:40px;border-radius:8px;display:flex;align-items:center;justify-content:center;color:inherit}',
    '.banner{padding:8px 14px;font-size:14px;border-bottom:1px solid;white-space:pre-wrap}',
    '.banner.info{background:#e8f1ff;color:#0b3a82;border-color:#b9d2fb}',
    '.banner.warning,.banner.degraded{background:#fff4d6;color:#5c3d00;border-color:#f0d48a}',
    '.banner.outage,.banner.error{background:#fde8e8;color:#8a1c1c;border-color:#f3b4b4}',
    '.status{margin:0;padding:6px 14px;font-size:13.5px;background:#f6f8fa;color:#3d4650}',
    '.status:empty{display:none}',
    '.status.refused{background:#fde8e8;color:#8a1c1c;padding:12px 14px;font-size:14.5px}',
    '.log{flex:1;overflow-y:auto;margin:0;padding:14px;display:flex;flex-direction:column;gap:10px;overscroll-behavior:contain}',
    '.msg{max-width:88%;padding:9px 12px;border-radius:14px;white-space:pre-wrap;overflow-wrap:anywhere}',
    '.bot,.agent{align-self:flex-start;background:#f1f3f5;border-bottom-left-radius:4px}',
    '.agent{background:#eaf6ec;border:1px solid #b7dfbf}',
    '.agent .who{display:block;font-size:12.5px;font-weight:650;color:#1e5b2b}',
    '.user{align-self:flex-end;background:var(--accent);color:var(--on-accent);border-bottom-right-radius:4px}',
    '.user.pending,.user.failed{background:#fff;color:#1f2328;border:2px dashed var(--accent)}',
    '.user.failed{border-color:#b42318}',
    '.state{display:block;font-size:12.5px;margin-top:4px;color:#3d4650}',
    '.failed .state{color:#b42318}',
    '.note{align-self:center;font-size:13px;color:#3d4650;text-align:center}',
    '.error{align-self:stretch;background:#fef3f2;color:#9f1c13;border:1px solid #f5c2bd;font-size:14px}',
    '.extras{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px;white-space:normal}',
    '.btn,.choice,.card{display:inline-flex;align-items:center;gap:6px;min-height:36px;padding:6px 12px;border-radius:18px;border:1.5px solid var(--accent-ink);background:#fff;color:var(--accent-ink);cursor:pointer;text-decoration:none;font-size:14px;line-height:1.25;text-align:left}',
    '.choice:hover,.btn:hover,.card:hover{background:#eef3fe}',
    '.choice:disabled{border-color:#8c959f;color:#57606a;cursor:default;background:#fff}',
    '.choice svg{width:16px;height:16px}',
    '.card{border-radius:10px;flex-direction:row;width:100%}',
    '.card .name{flex:1;font-weight:600;overflow-wrap:anywhere}',
    '.card .kind{font-size:12px;color:#3d4650}',
    '.typing{display:flex;gap:4px;align-items:center;padding:0 16px 8px;min-height:20px}',
    '.typing i{width:7px;height:7px;border-radius:50%;background:#57606a;animation:b 1s infinite ease-in-out}',
    '.typing i:nth-child(2){animation-delay:.15s}.typing i:nth-child(3){animation-delay:.3s}',
    '@keyframes b{0%,80%,100%{opacity:.3}40%{opacity:1}}',
    '@media (prefers-reduced-motion:reduce){.typing i{animation:none}}',
    '.progress{display:flex;gap:8px;align-items:center;padding:4px 14px;font-size:13px;color:#3d4650}',
    '.progress progress{flex:1}',
    'form{display:flex;gap:6px;align-items:flex-end;padding:10px;border-top:1px solid #d0d7de;margin:0}',
    'textarea{flex:1;min-height:42px;max-height:120px;resize:none;padding:9px 10px;border:1.5px solid #8c959f;border-radius:10px;background:#fff;color:#1f2328}',
    'textarea::placeholder{color:#57606a}',
    '.icon{width:42px;height:42px;border-radius:10px;border:1.5px solid #8c959f;background:#fff;display:flex;align-items:center;justify-content:center;cursor:pointer;color:#1f2328;padding:0}',
    '.icon.wanted{border-color:var(--accent-ink);color:var(--accent-ink);box-shadow:0 0 0 2px var(--accent-ink) inset}',
    '.send{background:var(--accent);color:var(--on-accent);border-color:var(--accent)}',
    'button:disabled,textarea:disabled{cursor:not-allowed}',
    '.hint{margin:0;padding:0 12px 10px;font-size:12.5px;color:#3d4650}',
    '.drop{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;padding:24px;text-align:center;background:rgba(255,255,255,.94);border:3px dashed var(--accent-ink);border-radius:14px;font-size:16px;font-weight:600;color:#1f2328;pointer-events:none}',
    '@media (max-width:479px){.panel{inset:0;top:var(--vv-top,0);width:100%;height:var(--vv-height,100dvh);border-radius:0}.open .launcher{display:none}.launcher{bottom:14px;right:14px}.left .launcher{left:14px}}'
  ].join('\n');

  // ---- building the widget
  function build() {
    var host = document.createElement('relais-widget');
    var shadow = host.attachShadow({ mode: 'open' });
    var inkOnWhite = onAccent(accent) === '#ffffff' ? accent : '#1f2328';
    var vars = ':host{--accent:' + accent + ';--on-accent:' + onAccent(accent) + ';--accent-ink:' + inkOnWhite + '}';
    try {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS + '\n' + vars);
      shadow.adoptedStyleSheets = [sheet];
    } catch (e) {
      shadow.appendChild(el('style', null, CSS + '\n' + vars));
    }

    var root = el('div', 'root' + (data.position === 'left' || data.position === 'bottom-left' ? ' left' : ''));
    var launcher = el('button', 'launcher');
    launcher.type = 'button';
    launcher.setAttribute('aria-expanded', 'false');
    launcher.setAttribute('aria-controls', 'relais-panel');
    launcher.appendChild(icon('chat'));

    var panel = el('div', 'panel');
    panel.id = 'relais-panel';
    panel.hidden = true;
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-modal', 'true');
    panel.setAttribute('aria-labelledby', 'relais-title');

    var header = el('header');
    var titles = el('div', 'titles');
    var title = el('h2');
    title.id = 'relais-title';
    var subtitle = el('p');
    titles.append(title, subtitle);
    var close = el('button', 'close');
    close.type = 'button';
    close.appendChild(icon('close'));
    header.append(titles, close);

    var banner = el('div', 'banner');
    banner.setAttribute('role', 'status');
    banner.hidden = true;
    var status = el('p', 'status');
    status.setAttribute('role', 'status');
    var log = el('div', 'log');
    log.setAttribute('role', 'log');
    log.setAttribute('aria-live', 'polite');
    log.setAttribute('aria-relevant', 'additions');
    log.tabIndex = 0;
    var typing = el('div', 'typing');
    typing.hidden = true;
    var typingLabel = hidden('');
    typing.append(el('i'), el('i'), el('i'), typingLabel);
    var progress = el('div', 'progress');
    progress.hidden = true;
    var progressLabel = el('span');
    var progressBar = el('progress');
    progressBar.max = 100;
    progress.append(progressLabel, progressBar);

    var form = el('form');
    form.setAttribute('autocomplete', 'off');
    var input = el('textarea');
    input.id = 'relais-input';
    input.rows = 1;
    input.maxLength = 4000;
    var label = el('label', 'vh');
    label.htmlFor = 'relais-input';
    var attach = el('button', 'icon attach');
    attach.type = 'button';
    attach.appendChild(icon('clip'));
    var file = el('input');
    file.type = 'file';
    file.hidden = true;
    file.tabIndex = -1;
    file.accept = TYPES.join(',');
    var send = el('button', 'icon send');
    send.type = 'submit';
    send.appendChild(icon('send'));
    form.append(label, input, attach, file, send);
    var hint = el('p', 'hint');
    hint.id = 'relais-hint';
    hint.hidden = true;
    var drop = el('div', 'drop');
    drop.hidden = true;

    panel.append(header, banner, status, log, typing, progress, form, hint, drop);
    root.append(launcher, panel);
    shadow.appendChild(root);
    document.body.appendChild(host);

    ui = { host: host, shadow: shadow, root: root, launcher: launcher, panel: panel, close: close, banner: banner,
      status: status, log: log, typing: typing, progress: progress, progressLabel: progressLabel,
      progressBar: progressBar, form: form, input: input, attach: attach, file: file, send: send, hint: hint, drop: drop,
      title: title, subtitle: subtitle, typingLabel: typingLabel, label: label };

    applyTexts();
    wire();
  }

  // Every text of the widget itself, from the server's sentences in the current language: at start,
  // and again when the conversation changes language (/lang), the transcript's labels included.
  function applyTexts() {
    ui.launcher.setAttribute('aria-label', isOpen() ? t('close') : t('open'));
    ui.title.textContent = data.title || t('widget-title');
    ui.subtitle.textContent = t('subtitle');
    ui.close.setAttribute('aria-label', t('close'));
    ui.banner.setAttribute('aria-label', t('banner'));
    ui.log.setAttribute('aria-label', t('log-label'));
    ui.typingLabel.textContent = t('typing');
    ui.label.textContent = t('input-label');
    ui.attach.setAttribute('aria-label', t('attach') + ' – ' + t('attach-hint'));
    ui.attach.title = t('attach');
    ui.file.setAttribute('aria-label', t('attach'));
    ui.send.setAttribute('aria-label', t('send'));
    ui.hint.textContent = t('attach-hint');
    ui.drop.textContent = t('drop-here');
    ui.panel.setAttribute('lang', language);
    ui.log.textContent = '';
    entries.forEach(function (entry) { ui.log.appendChild(render(entry)); });
    refreshChoices();
  }

  // The conversation speaks another language now: fetch the widget's sentences in it, then relabel.
  function switchLanguage(next) {
    if (next !== 'fr' && next !== 'en') { return; }
    language = next;
    save('lang', next);
    fetchTexts(next).then(function () {
      if (language === next && ui) { applyTexts(); }
    });
  }

  function fetchTexts(lang) {
    return fetch(SERVER + '/api/chat/texts?lang=' + lang, { mode: 'cors', credentials: 'omit' })
      .then(function (r) { return r.ok ? r.json() : {}; })
      .then(function (json) { texts = json; }, function () { /* keep the texts we have */ });
  }

  // ---- rendering entries (the transcript kept in sessionStorage is re-rendered the same way)
  function render(entry) {
    var item = el('div', 'msg ' + entry.k);
    if (entry.k === 'bot') {
      item.append(hidden(t('bot') + ' : '), el('span', 'text', entry.f.text));
      renderExtras(item, entry.f);
    } else if (entry.k === 'agent') {
      item.append(el('span', 'who', entry.name || t('agent')), el('span', 'text', entry.text));
    } else if (entry.k === 'user') {
      item.append(hidden(t('you') + ' : '), el('span', 'text', entry.text));
      renderState(item, entry);
    } else {
      item.textContent = entry.text;
    }
    Object.defineProperty(entry, 'node', { value: item, enumerable: false, writable: true, configurable: true });
    return item;
  }

  function renderState(item, entry) {
    item.classList.toggle('pending', entry.st === 'pending');
    item.classList.toggle('failed', entry.st === 'failed');
    var old = item.querySelector('.state');
    if (old) { old.remove(); }
    if (entry.st !== 'pending' && entry.st !== 'failed') { return; }
    var state = el('span', 'state', entry.st === 'pending' ? t('pending') : t('failed'));
    if (entry.st === 'failed') {
      var retry = el('button', 'btn', t('retry'));
      retry.type = 'button';
      retry.style.marginLeft = '8px';
      retry.addEventListener('click', function () {
        entry.st = 'pending';
        renderState(item, entry);
        saveLog();
        flush();
        ui.input.focus();
      });
      state.appendChild(retry);
    }
    item.appendChild(state);
  }

  function renderExtras(item, frame) {
    var extras = el('div', 'extras');
    if (frame.copy) {
      var copy = el('button', 'btn copy');
      copy.type = 'button';
      var copyLabel = el('span', null, t('copy'));
      copy.append(icon('copy'), copyLabel);
      copy.addEventListener('click', function () { copyText(frame.text, copyLabel); });
      extras.appendChild(copy);
    }
    (frame.links || []).forEach(function (link) {
      var href = safeUrl(link.url);
      if (!href) { return; }
      var a = el('a', 'btn');
      a.href = href;
      if (href.indexOf('mailto:') === 0) {
        a.classList.add('mail');
        a.append(icon('mail'), el('span', null, t('mail-app')));
        a.title = link.label;
        a.setAttribute('aria-label', t('mail-app') + ' – ' + link.label);
      } else {
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        a.textContent = link.label;
      }
      extras.appendChild(a);
    });
    (frame.files || []).forEach(function (file) {
      var href = safeUrl(file.url);
      if (!href) { return; }
      var card = el('a', 'card');
      card.href = href;
      card.setAttribute('download', file.name);
      var ext = (file.name.split('.').pop() || '').toUpperCase();
      card.append(icon('down'), el('span', 'name', file.name), el('span', 'kind', ext), hidden(' – ' + t('download')));
      extras.appendChild(card);
    });
    (frame.choices || []).forEach(function (choice) {
      var button = el('button', 'choice');
      var glyph = choiceIcon(choice.id || '');
      if (glyph) { button.appendChild(icon(glyph)); }
      button.appendChild(el('span', null, choice.label));
      button.type = 'button';
      button.addEventListener('click', function () {
        sendUser({ type: 'choice', id: choice.id }, choice.label);
      });
      extras.appendChild(button);
    });
    if (frame.choices && frame.choices.length) {
      extras.setAttribute('role', 'group');
      extras.setAttribute('aria-label', t('choices-label'));
    }
    if (extras.childNodes.length) { item.appendChild(extras); }
  }

  // Quick replies answer the latest question only: earlier ones are disabled, not removed.
  function refreshChoices() {
    var lastUser = -1;
    entries.forEach(function (e, i) { if (e.k === 'user') { lastUser = i; } });
    entries.forEach(function (e, i) {
      if (e.k !== 'bot' || !e.node) { return; }
      e.node.querySelectorAll('.choice').forEach(function (b) { b.disabled = i < lastUser; });
    });
    var question = null;
    for (var i = entries.length - 1; i >= 0 && question === null; i--) {
      if (entries[i].k === 'bot') { question = entries[i].f; }
    }
    var expects = question ? question.expects : null;
    ui.attach.classList.toggle('wanted', expects === 'file');
    ui.hint.hidden = expects !== 'file';
    // The placeholder says what the question wants: "Collez le lien…", "Votre numéro avec l’indicatif…".
    var wanted = question && question.hint && /^[a-z]+$/.test(question.hint) ? question.hint : null;
    ui.input.placeholder = !question ? t('placeholder')
      : (wanted && t('placeholder-' + wanted)) || (expects === 'choice' ? t('placeholder-choice') : t('placeholder-any'));
    ui.input.setAttribute('inputmode', INPUT_MODES[wanted] || 'text');
  }

  function add(entry) {
    entries.push(entry);
    ui.log.appendChild(render(entry));
    if (entry.k === 'user' || entry.k === 'bot') { refreshChoices(); }
    ui.log.scrollTop = ui.log.scrollHeight;
    saveLog();
    return entry;
  }

  function copyText(text, label) {
    function done(ok) {
      label.textContent = ok ? t('copied') : t('copy-failed');
      setTimeout(function () { label.textContent = t('copy'); }, 2500);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(legacyCopy(text)); });
    } else {
      done(legacyCopy(text));
    }
  }
  function legacyCopy(text) {
    var area = el('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'vh';
    ui.panel.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    area.remove();
    return ok;
  }

  function setStatus(text, isRefusal) {
    ui.status.textContent = text || '';
    ui.status.classList.toggle('refused', !!isRefusal);
  }

  function setBanner(frame) {
    ui.banner.className = 'banner ' + (/^[a-z]+$/.test(frame.level || '') ? frame.level : 'info');
    ui.banner.textContent = frame.text || '';
    ui.banner.hidden = !frame.text;
  }

  // ---- sending: every user message is queued, sent once when the socket is ready, followed by a
  // ping; its pong (the server answers frames in order) confirms it was handled. Sent but not
  // confirmed when the socket dies: "maybe not delivered" with a retry button, never re-sent alone.
  function sendUser(frame, text) {
    var entry = { k: 'user', text: text, out: frame, st: 'pending' };
    if (frame.type === 'text') {
      // v1 extension: the server answers a masked secret with this id, so the bubble can be masked too.
      entry.id = frame.id = 'm' + Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
    }
    add(entry);
    flush();
  }

  // The server masked a password or a code in one of our messages: what we show and keep is masked too.
  function masked(frame) {
    entries.forEach(function (entry) {
      if (entry.k !== 'user' || entry.id !== frame.id || typeof frame.text !== 'string') { return; }
      entry.text = frame.text;
      if (entry.out && entry.out.type === 'text') { entry.out.text = frame.text; }
      var text = entry.node && entry.node.querySelector('.text');
      if (text) { text.textContent = frame.text; }
    });
    saveLog();
  }

  // The conversation was erased (/forget): so is everything this page shows and keeps of it.
  function forgotten() {
    entries = [];
    lastBotId = '';
    save('log', null);
    save('last', null);
    if (load('token', null) === sessionToken) { save('token', null); }
    sessionToken = null;
    ui.log.textContent = '';
    refreshChoices();
    emit('forget', {});
  }

  function flush() {
    if (!ready) { return; }
    entries.forEach(function (entry) {
      if (entry.k === 'user' && entry.st === 'pending') {
        entry.st = 'sending';
        renderState(entry.node, entry);
        transmit(entry.out, entry);
      }
    });
    saveLog();
  }

  function transmit(frame, entry) {
    socket.send(JSON.stringify(frame));
    ping(entry || true);
  }

  function ping(waiter) {
    if (!socket || socket.readyState !== WebSocket.OPEN) { return; }
    socket.send('{"type":"ping"}');
    waiting.push(waiter);
    if (!pongTimer) {
      pongTimer = setTimeout(function () { if (socket) { socket.close(); } }, PONG_WITHIN_MS);
    }
    showTyping();
  }

  function pong() {
    var waiter = waiting.shift();
    if (waiter && waiter !== true && waiter !== 'keepalive') {
      waiter.st = 'sent';
      renderState(waiter.node, waiter);
      saveLog();
    }
    clearTimeout(pongTimer);
    pongTimer = null;
    if (waiting.length) {
      pongTimer = setTimeout(function () { if (socket) { socket.close(); } }, PONG_WITHIN_MS);
    }
    showTyping();
  }

  function showTyping() {
    ui.typing.hidden = !waiting.some(function (w) { return w !== 'keepalive'; });
  }

  // ---- the connection
  function connect() {
    clearTimeout(retryTimer);
    retryTimer = null;
    if (refused || (socket && socket.readyState <= WebSocket.OPEN)) { return; }
    welcomed = false;
    ready = false;
    if (attempts === 0) { setStatus(t('connecting')); }
    var ws;
    try {
      ws = new WebSocket(SERVER.replace(/^http/, 'ws') + '/ws/chat');
    } catch (e) {
      return scheduleRetry();
    }
    socket = ws;
    ws.addEventListener('open', function () {
      var hello = { type: 'hello', locale: locale };
      if (zone) { hello.zone = zone; }
      sessionToken = load('token', null);
      if (continuation) { hello['continue'] = continuation; } else if (sessionToken) { hello.session = sessionToken; }
      // Also with a session: a new conversation after /forget begins the way this page begins them.
      if (start) { hello.start = start; }
      // What this tab showed last: the server sends again what came after it (a reply may have
      // reached a socket that died before it was shown).
      if (sessionToken && lastBotId) { hello.last = lastBotId; }
      ws.send(JSON.stringify(hello));
    });
    ws.addEventListener('message', function (event) { if (ws === socket) { onFrame(event); } });
    ws.addEventListener('close', function () {
      if (ws !== socket) { return; }
      socket = null;
      ready = false;
      clearInterval(pingTimer);
      clearTimeout(pongTimer);
      pongTimer = null;
      waiting.forEach(function (w) {
        if (w && w.k === 'user' && w.st === 'sending') { w.st = 'failed'; renderState(w.node, w); }
      });
      waiting = [];
      showTyping();
      saveLog();
      if (!welcomed) {
        diagnose();
      } else {
        setStatus(t('offline'));
        scheduleRetry();
      }
    });
  }

  // A browser hides why a handshake failed: ask the server whether this page's origin is allowed.
  function diagnose() {
    fetch(SERVER + '/api/chat/origin', { mode: 'cors', credentials: 'omit', cache: 'no-store' })
      .then(function (r) { return r.json(); })
      .then(function (answer) {
        if (answer.allowed === false) {
          refused = true;
          setStatus(t('origin-refused', location.origin), true);
          ui.input.disabled = true;
          ui.send.disabled = true;
          ui.attach.disabled = true;
          emit('error', { code: 'origin_refused', message: ui.status.textContent });
        } else {
          setStatus(t('offline'));
          scheduleRetry();
        }
      }, function () {
        setStatus(t('unreachable'));
        emit('error', { code: 'unreachable', message: t('unreachable') });
        scheduleRetry();
      });
  }

  // Capped exponential backoff with jitter, so a restarted server is not hit by every page at once.
  function scheduleRetry() {
    if (refused || retryTimer) { return; }
    var ceiling = Math.min(30000, 1000 * Math.pow(2, attempts));
    attempts++;
    retryTimer = setTimeout(connect, ceiling / 2 + Math.random() * ceiling / 2);
  }

  // Coming back (tab visible again, network back, page restored): try now instead of waiting.
  function reconnectNow() {
    if (refused) { return; }
    if (socket && socket.readyState === WebSocket.OPEN) {
      if (!waiting.length) { ping('keepalive'); }
      return;
    }
    if (!socket && (entries.length || isOpen() || load('token', null))) {
      attempts = 0;
      connect();
    }
  }

  // Message ids increase and a message sent again keeps its id: one not above the last shown was
  // shown already (ids are decimal strings: a longer one is larger).
  function shownAlready(id) {
    if (!id) { return false; }
    if (lastBotId && (id.length < lastBotId.length || (id.length === lastBotId.length && id <= lastBotId))) {
      return true;
    }
    lastBotId = id;
    return false;
  }

  function onFrame(event) {
    var frame;
    try { frame = JSON.parse(event.data); } catch (e) { return; }
    if (frame.type === 'welcome') {
      if (continuation) { dropContinuation(); }
      sessionToken = frame.session;
      save('token', frame.session);
      welcomed = true;
      ready = true;
      attempts = 0;
      setStatus('');
      clearInterval(pingTimer);
      pingTimer = setInterval(function () { if (!waiting.length) { ping('keepalive'); } }, PING_EVERY_MS);
      // The server replays nothing: with an empty screen, /status says where we are and asks again.
      if (frame.resumed && !entries.some(function (e) { return e.k === 'bot'; })) {
        add({ k: 'note', text: t('resumed') });
        transmit({ type: 'text', text: '/status' });
      }
      flush();
      emit('ready', { resumed: !!frame.resumed });
    } else if (frame.type === 'bot') {
      if (shownAlready(frame.id)) { return; }
      if (frame.lang && frame.lang !== language) { switchLanguage(frame.lang); }
      add({ k: 'bot', f: frame });
      emit('message', { type: 'bot', text: frame.text, id: frame.id });
    } else if (frame.type === 'masked') {
      masked(frame);
    } else if (frame.type === 'forgotten') {
      forgotten();
    } else if (frame.type === 'agent') {
      if (shownAlready(frame.id)) { return; }
      add({ k: 'agent', name: frame.name, text: frame.text });
      emit('message', { type: 'agent', text: frame.text, name: frame.name });
    } else if (frame.type === 'banner') {
      setBanner(frame);
    } else if (frame.type === 'error') {
      if (frame.code === 'unknown_session') { save('token', null); }
      add({ k: 'error', text: frame.message });
    } else if (frame.type === 'pong') {
      pong();
    }
  }

  // ---- files: picker, drag and drop, pasted screenshots
  function upload(f) {
    if (!f) { return; }
    if (f.size > MAX_BYTES) { return add({ k: 'error', text: t('file-too-large') }); }
    if (f.type && TYPES.indexOf(f.type) < 0) { return add({ k: 'error', text: t('file-wrong-type') }); }
    var token = load('token', null);
    if (!ready || !token) { return add({ k: 'error', text: t('upload-failed') }); }
    var name = f.name || 'capture.png';
    var body = new FormData();
    body.append('file', f, name);
    var xhr = new XMLHttpRequest();
    xhr.open('POST', SERVER + '/api/uploads');
    xhr.setRequestHeader('X-Relais-Session', token);
    xhr.setRequestHeader('Accept-Language', locale);
    ui.progressLabel.textContent = t('upload-progress', name);
    ui.progressBar.value = 0;
    ui.progressBar.setAttribute('aria-label', t('upload-progress', name));
    ui.progress.hidden = false;
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) { ui.progressBar.value = Math.round(100 * e.loaded / e.total); }
    });
    xhr.addEventListener('loadend', function () {
      ui.progress.hidden = true;
      var answer = {};
      try { answer = JSON.parse(xhr.responseText); } catch (e) { answer = {}; }
      if (xhr.status === 201 && answer.upload) {
        sendUser({ type: 'attachment', upload: answer.upload }, t('attached', answer.name || name));
      } else {
        add({ k: 'error', text: answer.message || t('upload-failed') });
      }
    });
    xhr.send(body);
  }

  // ---- open, close, keyboard
  function isOpen() { return ui && !ui.panel.hidden; }

  function open(focus) {
    if (!ui || isOpen()) { return; }
    ui.panel.hidden = false;
    ui.root.classList.add('open');
    ui.launcher.setAttribute('aria-expanded', 'true');
    ui.launcher.setAttribute('aria-label', t('close'));
    save('open', true);
    fitViewport();
    ui.log.scrollTop = ui.log.scrollHeight;
    if (focus !== false) { ui.input.focus(); }
    if (!socket && !retryTimer) { connect(); }
    emit('open', {});
  }

  function close() {
    if (!isOpen()) { return; }
    ui.panel.hidden = true;
    ui.root.classList.remove('open');
    ui.launcher.setAttribute('aria-expanded', 'false');
    ui.launcher.setAttribute('aria-label', t('open'));
    save('open', false);
    ui.launcher.focus();
    emit('close', {});
  }

  function focusables() {
    return Array.prototype.filter.call(
      ui.panel.querySelectorAll('button,a[href],textarea,[tabindex="0"]'),
      function (node) { return !node.disabled && node.getClientRects().length > 0; });
  }

  // iOS: the on-screen keyboard shrinks the visual viewport, not the layout one; follow it.
  function fitViewport() {
    var vv = window.visualViewport;
    if (!vv || !ui) { return; }
    ui.panel.style.setProperty('--vv-height', vv.height + 'px');
    ui.panel.style.setProperty('--vv-top', vv.offsetTop + 'px');
  }

  function wire() {
    ui.launcher.addEventListener('click', function () { if (isOpen()) { close(); } else { open(); } });
    ui.close.addEventListener('click', close);
    ui.panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
      } else if (event.key === 'Tab') {
        var list = focusables();
        var first = list[0];
        var last = list[list.length - 1];
        var current = ui.shadow.activeElement;
        if (event.shiftKey && (current === first || !ui.panel.contains(current))) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && current === last) {
          event.preventDefault();
          first.focus();
        }
      }
    });
    ui.form.addEventListener('submit', function (event) {
      event.preventDefault();
      var text = ui.input.value.trim();
      if (!text || refused) { return; }
      ui.input.value = '';
      sendUser({ type: 'text', text: text }, text);
    });
    ui.input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        ui.form.requestSubmit();
      }
    });
    ui.input.addEventListener('paste', function (event) {
      var files = event.clipboardData && event.clipboardData.files;
      if (files && files.length) {
        event.preventDefault();
        upload(files[0]);
      }
    });
    ui.attach.addEventListener('click', function () { ui.file.click(); });
    ui.file.addEventListener('change', function () {
      if (ui.file.files.length) { upload(ui.file.files[0]); }
      ui.file.value = '';
    });
    var depth = 0;
    ui.panel.addEventListener('dragenter', function (event) {
      if (event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, 'Files') >= 0) {
        depth++;
        ui.drop.hidden = false;
      }
    });
    ui.panel.addEventListener('dragleave', function () {
      depth = Math.max(0, depth - 1);
      if (!depth) { ui.drop.hidden = true; }
    });
    ui.panel.addEventListener('dragover', function (event) { event.preventDefault(); });
    ui.panel.addEventListener('drop', function (event) {
      event.preventDefault();
      depth = 0;
      ui.drop.hidden = true;
      if (event.dataTransfer && event.dataTransfer.files.length) { upload(event.dataTransfer.files[0]); }
    });
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible') { reconnectNow(); }
    });
    window.addEventListener('online', reconnectNow);
    window.addEventListener('pageshow', function (event) { if (event.persisted) { reconnectNow(); } });
    window.addEventListener('offline', function () { if (socket) { socket.close(); } });
    if (window.visualViewport) {
      window.visualViewport.addEventListener('resize', fitViewport);
      window.visualViewport.addEventListener('scroll', fitViewport);
    }
  }

  window.Relais = {
    version: 1,
    open: function () { open(); },
    close: close,
    toggle: function () { if (isOpen()) { close(); } else { open(); } },
    on: function (name, fn) {
      (listeners[name] = listeners[name] || []).push(fn);
      return window.Relais;
    }
  };

  function init() {
    build();
    var wasOpen = load('open', null);
    if (wasOpen === true || (wasOpen === null && (data.open === '' || data.open === 'true'))) {
      open(false);
    } else if (load('token', null) || entries.length) {
      connect(); // a known visitor: be reachable for messages the bot or an agent sends on its own
    }
  }

  fetchTexts(language).then(function () {
    if (document.body) { init(); } else { document.addEventListener('DOMContentLoaded', init); }
  });
}());
