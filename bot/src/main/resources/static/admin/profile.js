// The business profile editor: GET and PUT /api/admin/profile.
(function () {
  'use strict';
  var A = window.RelaisAdmin, $ = A.$;

  function text(id) { return $(id).value.trim(); }
  function pair(fr, en) { return { fr: text(fr), en: text(en) }; }

  function zones(selected, defaultZone) {
    var select = $('zone');
    select.replaceChildren();
    var follow = A.el('option', 'Celui de Relais (' + defaultZone + ')');
    follow.value = '';
    select.appendChild(follow);
    var all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [defaultZone];
    if (selected && all.indexOf(selected) < 0) { all = all.concat([selected]); }
    all.forEach(function (z) {
      var option = A.el('option', z);
      option.value = z;
      select.appendChild(option);
    });
    select.value = selected || '';
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
    A.setZone(p.zone);
    $('saved').textContent = p.updatedAt ? 'Dernière modification : ' + A.when(p.updatedAt) + ' par ' + p.updatedBy + '.' : '';
  }

  function load() {
    return A.api('GET', '/api/admin/profile').then(fill, function (e) { A.show('error', e); });
  }

  A.gate(function () {
    load();
    $('profile-form').addEventListener('submit', function (e) {
      e.preventDefault();
      A.show('error', '');
      var body = {
        name: text('name'), email: text('email'), phone: text('phone'), contactForm: text('contact-form'),
        chatUrl: text('chat-url'), hours: pair('hours-fr', 'hours-en'), statusNote: pair('note-fr', 'note-en'),
        languages: text('languages').split(',').map(function (l) { return l.trim(); }).filter(Boolean),
        zone: $('zone').value || null, editor: text('editor')
      };
      A.api('PUT', '/api/admin/profile', body).then(function (p) {
        fill(p);
        $('saved').textContent = 'Enregistré : vos clients le voient dès maintenant. ' + $('saved').textContent;
      }, function (err) { A.show('error', err); });
    });
  });
})();
