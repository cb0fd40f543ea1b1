// The conversations page: the live list (filters, search, unread counts), one conversation whole
// (transcript, dossier, files, draft), taking, handing over, answering with canned answers, notes,
// closing. Live updates come from GET /api/admin/desk/events (server-sent events): an event names
// what changed and the page reads it again; nothing here polls.
(function () {
  'use strict';
  var D = window.Desk, t = D.t, el = D.el, $ = D.$;
  var me = null;
  var filter = 'all';
  var query = '';
  var active = [];
  var closed = [];
  var current = null;
  var view = null;
  var canned = [];
  var colleagues = [];
  var seen = {};
  var refreshTimer = null;

  // ---- the list

  function channelLabel(channel) {
    var label = t('channel.' + channel);
    return label === 'channel.' + channel ? channel : label;
  }

  function customerLabel(c) {
    return c.name || c.contact || t('inbox.customer-anon', channelLabel(c.channel), c.handle);
  }

  function ownership(row) {
    if (row.status === 'closed') { return t('status.closed'); }
    if (row.status === 'open') { return t('status.open'); }
    return row.mine ? t('status.mine') : t('status.taken-by', row.agent);
  }

  function matches(row) {
    switch (filter) {
      case 'waiting': return row.waiting;
      case 'mine': return row.mine;
      case 'unassigned': return row.status === 'open';
      default: return true;
    }
  }

  function loadList() {
    var q = query ? '&q=' + encodeURIComponent(query) : '';
    var calls = [D.api('GET', '/api/admin/desk/conversations?view=active' + q).then(function (rows) { active = rows; })];
    if (filter === 'closed') {
      calls.push(D.api('GET', '/api/admin/desk/conversations?view=closed' + q).then(function (rows) { closed = rows; }));
    }
    return Promise.all(calls).then(renderList, D.fail);
  }

  function refreshSoon() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(loadList, 120);
  }

  function renderList() {
    var counts = { waiting: 0, mine: 0, unassigned: 0, all: active.length };
    var unread = 0;
    active.forEach(function (r) {
      if (r.waiting) { counts.waiting++; }
      if (r.mine) { counts.mine++; }
      if (r.status === 'open') { counts.unassigned++; }
      unread += r.id === current ? 0 : r.unread;
    });
    document.querySelectorAll('#filters button').forEach(function (b) {
      var f = b.getAttribute('data-filter');
      b.setAttribute('aria-pressed', String(f === filter));
      var count = b.querySelector('.count');
      if (count) { count.textContent = counts[f] === undefined ? '' : '(' + counts[f] + ')'; }
    });
    document.title = (unread > 0 ? '(' + unread + ') ' : '') + t('inbox.title') + ' — Relais';
    var rows = (filter === 'closed' ? closed : active).filter(matches);
    var list = $('conversations');
    list.replaceChildren();
    rows.forEach(function (r) { list.appendChild(rowItem(r)); });
    var empty = $('list-empty');
    empty.hidden = rows.length > 0;
    empty.textContent = query ? t('inbox.empty.search', query) : t('inbox.empty.' + filter);
  }

  function rowItem(r) {
    var unread = r.id === current ? 0 : r.unread;
    var last = r.last ? t('export.pair', who(r.last.kind, r.last.name), r.last.text) : t('inbox.no-message');
    var button = el('button', { type: 'button', class: 'row', 'aria-current': r.id === current ? 'true' : null,
        on: { click: function () { open(r.id); } } },
      el('span', { class: 'line1' },
        el('span', { class: 'customer', text: customerLabel(r) }),
        unread > 0 ? el('span', { class: 'unread', text: t('inbox.unread', unread) }) : null),
      el('span', { class: 'line2' },
        el('span', { class: 'chip channel', text: channelLabel(r.channel) }), ' ',
        el('span', { class: 'chip state ' + r.status + (r.mine ? ' mine' : ''), text: ownership(r) }), ' ',
        r.waiting && r.status !== 'closed' ? el('span', { class: 'chip waiting', text: t('inbox.waiting') }) : null, ' ',
        el('span', { class: 'ticket', text: r.id }),
        el('time', { datetime: (r.last ? r.last.at : r.openedAt), text: D.when(r.last ? r.last.at : r.openedAt) })),
      el('span', { class: 'preview', text: last }));
    return el('li', { 'data-ticket': r.id, class: unread > 0 ? 'has-unread' : null }, button);
  }

  function who(kind, name) {
    switch (kind) {
      case 'customer': return t('author.customer');
      case 'agent': return t('author.agent', name);
      case 'note': return t('author.note', name);
      default: return t('author.bot');
    }
  }

  // ---- one conversation

  function open(id) {
    current = id;
    if (window.location.hash !== '#' + id) { history.replaceState(null, '', '#' + id); }
    document.body.classList.add('has-open');
    return loadConversation().then(function () {
      renderList();
      $('conversation-heading').focus();
    });
  }

  function loadConversation() {
    if (!current) { return Promise.resolve(); }
    var id = current;
    return D.api('GET', '/api/admin/tickets/' + encodeURIComponent(id)).then(function (v) {
      if (id !== current) { return; }
      view = v;
      active.forEach(function (r) { if (r.id === id) { r.unread = 0; } });
      render();
    }, function (failure) {
      if (failure.status === 404) { closeView(); D.say(t('inbox.gone', id), true); } else { D.fail(failure); }
    });
  }

  function closeView() {
    current = null;
    view = null;
    history.replaceState(null, '', window.location.pathname);
    document.body.classList.remove('has-open');
    $('conversation').hidden = true;
    $('nothing-open').hidden = false;
    renderList();
  }

  function render() {
    var tk = view.ticket;
    var row = { name: tk.name, contact: tk.contact, channel: tk.conversation.channel,
      handle: tk.conversation.externalId.slice(-6) };
    $('nothing-open').hidden = true;
    $('conversation').hidden = false;
    var heading = $('conversation-heading');
    heading.textContent = customerLabel(row);
    heading.setAttribute('tabindex', '-1');
    $('conversation-meta').textContent = [t('inbox.meta.channel', channelLabel(tk.conversation.channel)), tk.id,
      t('inbox.meta.language', t('language.' + tk.language)), t('inbox.meta.opened', D.when(tk.openedAt)),
      tk.contact && tk.name ? tk.contact : null].filter(Boolean).join(' · ');
    renderOwnership(tk);
    renderTranscript();
    renderDossier(tk);
    renderFiles();
    renderDraft();
    $('export-text').href = '/api/admin/tickets/' + encodeURIComponent(tk.id) + '/transcript.txt';
    $('export-dossier').href = '/api/admin/tickets/' + encodeURIComponent(tk.id) + '/dossier.zip';
    $('export-dossier-item').hidden = !view.dossier || !view.dossier.confirmed;
  }

  function renderOwnership(tk) {
    var line = $('ownership');
    var actions = $('actions');
    actions.replaceChildren();
    var composer = $('composer');
    var hint = $('composer-hint');
    var send = $('send');
    composer.hidden = tk.status === 'CLOSED';
    send.disabled = false;
    hint.textContent = '';
    if (tk.status === 'CLOSED') {
      line.textContent = t('inbox.own.closed', D.when(tk.closedAt));
      return;
    }
    if (tk.status === 'OPEN') {
      line.textContent = t('inbox.own.open');
      actions.appendChild(el('button', { type: 'button', class: 'primary', text: t('inbox.take'), on: { click: take } }));
      hint.textContent = t('inbox.hint.open');
    } else if (view.mine) {
      line.textContent = t('inbox.own.mine', tk.agent);
    } else {
      line.textContent = t('inbox.own.other', tk.agent);
      actions.appendChild(el('button', { type: 'button', class: 'primary', text: t('inbox.take-over'), on: { click: takeOver } }));
      send.disabled = true;
      hint.textContent = t('inbox.hint.other', tk.agent);
    }
    actions.appendChild(assignControl(tk));
    actions.appendChild(el('button', { type: 'button', text: t('inbox.close'), on: { click: closeTicket } }));
  }

  function assignControl(tk) {
    var select = el('select', { id: 'assign-to' }, el('option', { value: '', text: t('inbox.assign-choose') }));
    colleagues.filter(function (c) { return 'account:' + c.id !== tk.agentId; }).forEach(function (c) {
      select.appendChild(el('option', { value: String(c.id), text: c.id === me.id ? t('inbox.assign-me', c.displayName) : c.displayName }));
    });
    var button = el('button', { type: 'button', text: t('inbox.assign'), on: { click: function () {
      if (!select.value) { D.say(t('inbox.assign-choose'), true); select.focus(); return; }
      var name = select.options[select.selectedIndex].textContent;
      act('/assign', { accountId: Number(select.value) }, t('inbox.done.assigned', name));
    } } });
    return el('span', { class: 'assign' }, el('label', { for: 'assign-to', text: t('inbox.assign-label') }), select, button);
  }

  function take() {
    act('/take', {}, t('inbox.done.taken', me.displayName));
  }

  function takeOver() {
    var tk = view.ticket;
    D.confirm(t('inbox.take-over'), t('inbox.confirm.take-over', tk.agent, me.displayName), t('inbox.take-over'))
      .then(function (yes) { if (yes) { act('/take', { takeOver: true }, t('inbox.done.taken', me.displayName)); } });
  }

  function closeTicket() {
    var tk = view.ticket;
    D.confirm(t('inbox.close'), t('inbox.confirm.close', tk.id), t('inbox.close'))
      .then(function (yes) { if (yes) { act('/close', {}, t('inbox.done.closed', tk.id)); } });
  }

  function act(path, body, done) {
    var id = current;
    return D.api('POST', '/api/admin/tickets/' + encodeURIComponent(id) + path, body).then(function () {
      D.say(done);
      return Promise.all([loadConversation(), loadList()]);
    }, function (failure) {
      D.fail(failure);
      return Promise.all([loadConversation(), loadList()]);
    });
  }

  function renderTranscript() {
    var log = $('transcript');
    var scroll = $('transcript-scroll');
    var atBottom = scroll.scrollHeight - scroll.scrollTop - scroll.clientHeight < 40;
    log.replaceChildren();
    if (view.transcript.length === 0) {
      log.appendChild(el('li', { class: 'empty', text: t('inbox.transcript-empty') }));
    }
    view.transcript.forEach(function (line) {
      log.appendChild(el('li', { class: 'line ' + line.kind },
        el('span', { class: 'who' }, el('strong', { text: who(line.kind, line.name) }), ' ',
          el('time', { datetime: line.at, text: D.when(line.at) })),
        line.text ? el('span', { class: 'text', text: line.text }) : null,
        line.files.length > 0 ? el.apply(null, ['span', { class: 'files' }].concat(line.files.map(fileRef))) : null));
    });
    if (atBottom || seen[current] !== view.transcript.length) { scroll.scrollTop = scroll.scrollHeight; }
    seen[current] = view.transcript.length;
  }

  // A file named in the transcript: the customer's upload, the bot's draft or dossier.
  function fileRef(f) {
    var href = '/api/admin/tickets/' + encodeURIComponent(view.ticket.id) + '/files/' + encodeURIComponent(f.id);
    return el('a', { href: href, download: f.name, text: f.name });
  }

  function fileLink(f) {
    var href = '/api/admin/tickets/' + encodeURIComponent(view.ticket.id) + '/files/' + encodeURIComponent(f.id);
    var item = el('li', {}, el('a', { href: href, download: f.name, text: f.name }),
      el('span', { class: 'meta', text: ' ' + D.size(f.size) + ' · ' + D.when(f.receivedAt) }));
    if (/^image\/(png|jpeg|gif|webp)$/.test(f.mime)) {
      item.appendChild(el('img', { src: href, alt: t('inbox.image-of', f.name), class: 'thumb', loading: 'lazy' }));
    }
    return item;
  }

  function renderDossier(tk) {
    var box = $('dossier');
    box.replaceChildren();
    var d = view.dossier;
    if (d) {
      box.appendChild(el('p', { class: 'subject', text: t('inbox.dossier-title', d.title, d.answered, d.total) }));
      if (!d.confirmed) { box.appendChild(el('p', { class: 'meta', text: t('inbox.dossier-unconfirmed') })); }
      var list = el('dl', { class: 'dossier' });
      d.items.forEach(function (item) {
        var value = item.status === 'missing' ? t('dossier.missing') : item.status === 'skipped' ? t('dossier.skipped')
          : item.value || item.files.map(function (f) { return f.name; }).join(', ');
        list.appendChild(el('dt', { text: item.label }));
        list.appendChild(el('dd', { class: item.status, text: value }));
      });
      box.appendChild(list);
    } else if (tk.summary) {
      box.appendChild(el('p', { class: 'summary', text: tk.summary }));
    } else {
      box.appendChild(el('p', { class: 'empty', text: t('inbox.dossier-empty') }));
    }
    if (tk.question) {
      box.appendChild(el('p', {}, el('strong', { text: t('inbox.question') }), ' ', tk.question));
    }
  }

  function renderFiles() {
    var list = $('files');
    list.replaceChildren();
    view.attachments.forEach(function (f) { list.appendChild(fileLink(f)); });
    if (view.attachments.length === 0) { list.appendChild(el('li', { class: 'empty', text: t('inbox.files-empty') })); }
  }

  function renderDraft() {
    var d = view.draft;
    $('draft-box').hidden = !d;
    if (d) {
      $('draft-to').textContent = d.to ? t('inbox.draft-to', d.to) : t('inbox.draft-form');
      $('draft-subject').textContent = d.subject;
      $('draft-body').textContent = d.body;
    }
  }

  // ---- answering

  function loadCanned() {
    return D.api('GET', '/api/admin/canned-answers').then(function (answers) {
      canned = answers;
      var select = $('canned');
      select.replaceChildren(el('option', { value: '', text: answers.length ? t('inbox.canned-choose') : t('inbox.canned-none') }));
      answers.forEach(function (a) { select.appendChild(el('option', { value: String(a.id), text: a.title })); });
    }, D.fail);
  }

  /** The canned answer in the customer's language, its variables filled in. */
  function cannedText(answer) {
    var tk = view.ticket;
    var text = (tk.language === 'en' ? answer.en || answer.fr : answer.fr || answer.en) || '';
    text = tk.name ? text.split('{customer}').join(tk.name) : text.replace(/[ \u00a0]?\{customer\}/g, '');
    return text.split('{ticket}').join(tk.id).split('{agent}').join(me.displayName);
  }

  /** Puts the answer where the cursor is, keeping every character already typed (a selection too). */
  function insertCanned() {
    var id = $('canned').value;
    var answer = canned.filter(function (a) { return String(a.id) === id; })[0];
    if (!answer || !view) { D.say(t('inbox.canned-choose'), true); $('canned').focus(); return; }
    var box = $('reply');
    var at = box.selectionEnd === undefined ? box.value.length : box.selectionEnd;
    var before = box.value.slice(0, at);
    var after = box.value.slice(at);
    var text = cannedText(answer);
    var glueBefore = before && !/\s$/.test(before) ? ' ' : '';
    // A space after it too, so the agent can go on typing (sending trims what is left over).
    var glueAfter = /^\s/.test(after) ? '' : ' ';
    box.value = before + glueBefore + text + glueAfter + after;
    var caret = (before + glueBefore + text).length;
    box.focus();
    box.setSelectionRange(caret, caret);
    $('canned').value = '';
  }

  function send(e) {
    e.preventDefault();
    var text = $('reply').value.trim();
    if (!text) { D.say(t('inbox.reply-empty'), true); $('reply').focus(); return; }
    var id = current;
    var name = customerLabel({ name: view.ticket.name, contact: view.ticket.contact, channel: view.ticket.conversation.channel,
      handle: view.ticket.conversation.externalId.slice(-6) });
    $('send').disabled = true;
    D.api('POST', '/api/admin/tickets/' + encodeURIComponent(id) + '/reply', { text: text }).then(function () {
      $('reply').value = '';
      D.say(t('inbox.done.sent', name));
    }, D.fail).then(function () {
      $('send').disabled = false;
      return Promise.all([loadConversation(), loadList()]);
    });
  }

  function note() {
    var text = $('reply').value.trim();
    if (!text) { D.say(t('inbox.note-empty'), true); $('reply').focus(); return; }
    D.api('POST', '/api/admin/tickets/' + encodeURIComponent(current) + '/notes', { text: text }).then(function () {
      $('reply').value = '';
      D.say(t('inbox.done.noted'));
      return loadConversation();
    }, D.fail);
  }

  // ---- live

  var audio = null;
  function chime() {
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      var tone = audio.createOscillator();
      var gain = audio.createGain();
      tone.frequency.value = 880;
      gain.gain.setValueAtTime(0.15, audio.currentTime);
      gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.4);
      tone.connect(gain).connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.4);
    } catch (e) { /* no sound on this device */ }
  }

  function alertNewCustomer(ticketId) {
    if (localStorage.getItem('relais.sound') === 'on') { chime(); }
    if (localStorage.getItem('relais.desktop') === 'on' && window.Notification && Notification.permission === 'granted') {
      var n = new Notification(t('inbox.notify.title'), { body: t('inbox.notify.body', ticketId), tag: ticketId });
      n.onclick = function () { window.focus(); open(ticketId); };
    }
  }

  function toggles() {
    [['sound', 'relais.sound'], ['desktop', 'relais.desktop']].forEach(function (pair) {
      var button = $(pair[0]);
      button.setAttribute('aria-pressed', String(localStorage.getItem(pair[1]) === 'on'));
      button.addEventListener('click', function () {
        var on = localStorage.getItem(pair[1]) !== 'on';
        if (on && pair[0] === 'desktop') {
          if (!window.Notification) { D.say(t('inbox.desktop-unsupported'), true); return; }
          Notification.requestPermission().then(function (answer) {
            if (answer !== 'granted') { D.say(t('inbox.desktop-refused'), true); return; }
            localStorage.setItem(pair[1], 'on');
            button.setAttribute('aria-pressed', 'true');
            D.say(t('inbox.desktop-on'));
          });
          return;
        }
        localStorage.setItem(pair[1], on ? 'on' : 'off');
        button.setAttribute('aria-pressed', String(on));
        if (on) { chime(); }
        D.say(t('inbox.' + pair[0] + (on ? '-on' : '-off')));
      });
    });
  }

  function notices(list) {
    var box = $('notices');
    box.replaceChildren();
    list.slice(0, 20).forEach(function (n) {
      box.appendChild(el('li', {}, el('time', { datetime: n.at, text: D.when(n.at) }), ' ', me.language === 'en' ? n.text.en : n.text.fr));
    });
    if (list.length === 0) { box.appendChild(el('li', { class: 'empty', text: t('inbox.notices-empty') })); }
  }

  function listen() {
    var live = $('live');
    var stream = new EventSource('/api/admin/desk/events');
    stream.onopen = function () {
      live.setAttribute('data-state', 'on');
      live.textContent = t('inbox.live.on');
      loadList();
      loadConversation();
    };
    stream.onerror = function () {
      live.setAttribute('data-state', 'off');
      live.textContent = t('inbox.live.off');
      if (stream.readyState === EventSource.CLOSED) {
        // The server refused the stream (signed out?): ask who we are, which sends to sign-in if so.
        D.api('GET', '/api/admin/me').then(function () { setTimeout(listen, 3000); }, function () {});
      }
    };
    stream.onmessage = function (message) {
      var event;
      try { event = JSON.parse(message.data); } catch (e) { return; }
      if (event.kind === 'signed-out') { stream.close(); window.location.href = '/admin/login'; return; }
      if (event.kind === 'canned') { loadCanned(); return; }
      if (event.kind === 'notice') {
        D.api('GET', '/api/admin/notices').then(notices, function () {});
        D.say(me.language === 'en' ? event.en : event.fr);
        return;
      }
      if (event.ticket) {
        refreshSoon();
        if (event.ticket === current) { loadConversation(); }
        if (event.kind === 'opened') { alertNewCustomer(event.ticket); }
        if (event.kind === 'customer' && active.some(function (r) { return r.id === event.ticket && r.mine; })
            && localStorage.getItem('relais.sound') === 'on') { chime(); }
      }
    };
  }

  // ---- start

  D.start(function (person) {
    me = person;
    document.querySelectorAll('#filters button').forEach(function (b) {
      b.addEventListener('click', function () {
        filter = b.getAttribute('data-filter');
        loadList();
      });
    });
    var search = $('search');
    var typing = null;
    search.addEventListener('input', function () {
      clearTimeout(typing);
      typing = setTimeout(function () { query = search.value.trim(); loadList(); }, 250);
    });
    $('search-form').addEventListener('submit', function (e) { e.preventDefault(); query = search.value.trim(); loadList(); });
    $('composer').addEventListener('submit', send);
    $('reply').addEventListener('keydown', function (e) {
      // Ctrl+Enter (⌘+Enter on a Mac) sends; Enter alone starts a new line.
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !$('send').disabled) { send(e); }
    });
    $('add-note').addEventListener('click', note);
    $('insert-canned').addEventListener('click', insertCanned);
    $('back').addEventListener('click', closeView);
    toggles();
    D.api('GET', '/api/admin/desk/agents').then(function (list) { colleagues = list; }, function () {});
    D.api('GET', '/api/admin/notices').then(notices, function () {});
    loadCanned();
    var wanted = window.location.hash.slice(1);
    loadList().then(function () { if (wanted) { open(wanted); } });
    listen();
  });
})();
