// The business profile (administrators): what customers read in the chat, the FAQ's answers, the
// status page and the crisis kit's texts. GET and PUT /api/admin/profile.
(function () {
  'use strict';
  var D = window.Desk, t = D.t, el = D.el, $ = D.$;

  function value(id) { return $(id).value.trim(); }

  /** Both languages or neither: customers of either language read the same thing. */
  function pair(fr, en, field) {
    var both = { fr: value(fr), en: value(en) };
    if (!both.fr !== !both.en) { throw { field: field, box: both.fr ? en : fr }; }
    return both;
  }

  function zones(selected, defaultZone) {
    var select = $('zone');
    select.replaceChildren(el('option', { value: '', text: t('profile.zone-default', defaultZone) }));
    var all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [defaultZone];
    if (selected && all.indexOf(selected) < 0) { all = all.concat([selected]); }
    all.forEach(function (z) { select.appendChild(el('option', { value: z, text: z })); });
    select.value = selected || '';
  }

  /** Until the stored profile is shown, nothing can be typed: it would be overwritten when it arrives. */
  function editable(yes) {
    Array.prototype.forEach.call($('profile-form').elements, function (field) { field.disabled = !yes; });
  }

  function fill(p) {
    $('name').value = p.name || '';
    $('email').value = p.email || '';
    $('phone').value = p.phone || '';
    $('contact-form').value = p.contactForm || '';
    $('chat-url').value = p.chatUrl || '';
    $('hours-fr').value = p.hours ? p.hours.fr : '';
    $('hours-en').value = p.hours ? p.hours.en : '';
    $('languages').value = (p.languages || []).join(', ');
    $('note-fr').value = p.statusNote ? p.statusNote.fr : '';
    $('note-en').value = p.statusNote ? p.statusNote.en : '';
    zones(p.zoneFromDefault ? '' : p.zone, p.defaultZone);
    $('saved').textContent = p.updatedAt ? t('profile.updated', D.when(p.updatedAt), p.updatedBy) : t('profile.never');
    editable(true);
  }

  function save(e) {
    e.preventDefault();
    var body;
    try {
      body = {
        name: value('name'), email: value('email'), phone: value('phone'), contactForm: value('contact-form'),
        chatUrl: value('chat-url'), hours: pair('hours-fr', 'hours-en', 'hours'),
        statusNote: pair('note-fr', 'note-en', 'status-note'),
        languages: value('languages').split(',').map(function (l) { return l.trim(); }).filter(Boolean),
        zone: $('zone').value || null
      };
    } catch (missing) {
      D.say(t('profile.missing.' + missing.field), true);
      $(missing.box).focus();
      return;
    }
    D.api('PUT', '/api/admin/profile', body).then(function (p) {
      fill(p);
      D.say(t('profile.done.saved'));
    }, function (failure) {
      D.say(failure.status === 400 && failure.message ? t('profile.refused', failure.message) : D.problem(failure), true);
    });
  }

  D.start(function () {
    $('profile-form').addEventListener('submit', save);
    editable(false);
    D.api('GET', '/api/admin/profile').then(fill, D.fail);
  });
})();
