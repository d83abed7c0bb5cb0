// « Réservations et pointage » (staff): one activity's day (expected children per unit, present/absent,
// an unexpected child), its month (fill and waitlists per unit, closing a day), and its capacities.
// Vanilla, no build step; every text goes through textContent.
(function () {
  'use strict';

  var state = { activities: [], activity: null, registered: [] };
  var $ = function (id) { return document.getElementById(id); };

  // the portal's API helper (app.js): CSRF header on writes, a problem+json answer becomes an Error with its French detail
  var api = window.Portail.api;

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (name === 'text') { node.textContent = attributes[name]; } else { node.setAttribute(name, attributes[name]); }
    });
    (children || []).forEach(function (child) { if (child) { node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child); } });
    return node;
  }

  function say(text, isError) {
    $('admin-message').textContent = text || '';
    $('admin-message').classList.toggle('resa-message--error', !!isError);
  }

  function dayWords(iso) {
    return new Date(iso + 'T12:00:00').toLocaleDateString('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  }

  function base() {
    return '/api/reservations/admin/activities/' + encodeURIComponent(state.activity.activityId);
  }

  function fill(confirmed, capacity, waitlisted) {
    var full = capacity > 0 && confirmed >= capacity;
    var bar = el('span', { class: 'fill__bar', 'aria-hidden': 'true' }, [el('span', { style: 'width:' + Math.min(100, capacity ? confirmed * 100 / capacity : 100) + '%' })]);
    return el('span', { class: 'fill' + (full ? ' fill--full' : '') }, [confirmed + ' / ' + capacity + (full ? ' (complet)' : ''),
      waitlisted ? ' + ' + waitlisted + ' en attente' : '', bar]);
  }

  // ----- the day: attendance per unit -----

  function loadDay() {
    var date = $('choix-jour').value;
    if (!state.activity || !date) { return Promise.resolve(); }
    return api('/api/reservations/attendance?activityId=' + encodeURIComponent(state.activity.activityId) + '&date=' + date)
      .then(renderDay).catch(function (error) { say(error.message, true); });
  }

  function renderDay(sheet) {
    var root = $('pointage-jour');
    root.textContent = '';
    root.appendChild(el('h3', { text: sheet.activityName + ' — ' + dayWords(sheet.date) }));
    if (!sheet.offered) {
      root.appendChild(el('p', { class: 'notice', text: 'L’activité n’a pas lieu ce jour-là.' }));
      return;
    }
    root.appendChild(careLegend());
    sheet.units.forEach(function (unit) {
      var section = el('section', { class: 'attendance attendance-unit', 'aria-label': unit.label });
      section.appendChild(el('h4', {}, [unit.label + ' — ', fill(unit.expected, unit.capacity, unit.waitlisted)]));
      var list = el('ul');
      if (!unit.children.length) {
        list.appendChild(el('li', { text: 'Aucun enfant attendu.' }));
      }
      unit.children.forEach(function (child) { list.appendChild(attendanceLine(sheet, unit, child)); });
      section.appendChild(list);
      section.appendChild(unexpectedForm(sheet, unit));
      root.appendChild(section);
    });
  }

  // ----- care flags: markers only, the health notes stay in the family file -----

  var CARE = [
    { key: 'pai', css: 'care-flag--pai', icon: '✚', word: 'PAI', meaning: 'projet d’accueil individualisé' },
    { key: 'allergy', css: 'care-flag--allergy', icon: '⚠', word: 'Allergie', meaning: 'allergie signalée' },
    { key: 'diet', css: 'care-flag--diet', icon: '◆', word: 'Régime', meaning: 'régime alimentaire' }
  ];

  function marker(flag) {
    var word = flag.word === 'PAI' ? el('abbr', { title: 'Projet d’accueil individualisé', text: 'PAI' }) : flag.word;
    return el('span', { class: 'care-flag ' + flag.css, title: flag.meaning.charAt(0).toUpperCase() + flag.meaning.slice(1)
      + ' : le détail est dans la fiche de l’enfant', 'data-flag': flag.key }, [el('span', { 'aria-hidden': 'true', text: flag.icon + ' ' }), word]);
  }

  function careLegend() {
    var parts = ['Repères : '];
    CARE.forEach(function (flag, i) { parts.push(marker(flag), ' ' + flag.meaning + (i < CARE.length - 1 ? ', ' : '')); });
    parts.push(' — le détail n’est que dans la fiche de l’enfant (consultation enregistrée).');
    return el('p', { class: 'care-legend' }, parts);
  }

  function careFlags(child) {
    if (!child.care) {
      return [el('span', { class: 'care-unknown', text: 'repères santé non reçus' })];
    }
    return CARE.filter(function (flag) { return child.care[flag.key]; }).map(marker);
  }

  function attendanceLine(sheet, unit, child) {
    var name = 'presence-' + unit.unit + '-' + child.registrationId;
    var present = el('input', { type: 'radio', name: name, value: 'PRESENT' });
    var absent = el('input', { type: 'radio', name: name, value: 'ABSENT' });
    var justified = el('input', { type: 'checkbox' });
    var reason = el('input', { type: 'text', placeholder: 'Motif (absence justifiée)', maxlength: '120', 'aria-label': 'Motif de l’absence de ' + child.childFirstName });
    if (child.status === 'PRESENT') { present.checked = true; }
    if (child.status === 'ABSENT') { absent.checked = true; }
    justified.checked = !!child.justified;
    reason.value = child.reason || '';
    var record = function () {
      var status = present.checked ? 'PRESENT' : absent.checked ? 'ABSENT' : null;
      if (!status) { return; }
      api('/api/reservations/attendance', 'POST', { activityId: sheet.activityId, date: sheet.date, unit: unit.unit,
        registrationId: child.registrationId, status: status, justified: justified.checked, reason: reason.value })
        .then(function () { say((status === 'PRESENT' ? 'Présence' : 'Absence') + ' enregistrée : ' + child.childFirstName + ' (' + unit.label + ').'); })
        .catch(function (error) { say(error.message, true); });
    };
    [present, absent, justified].forEach(function (input) { input.addEventListener('change', record); });
    reason.addEventListener('change', record);
    return el('li', {}, [
      el('span', { class: 'who', text: child.childFirstName || child.registrationId }),
      el('span', { class: 'care' }, careFlags(child)),
      child.unexpected ? el('span', { class: 'tag', text: 'non prévu' }) : null,
      el('fieldset', { 'aria-label': 'Pointage de ' + child.childFirstName }, [
        el('label', {}, [present, 'Présent']), el('label', {}, [absent, 'Absent']),
        el('label', {}, [justified, 'Absence justifiée'])]),
      reason]);
  }

  function unexpectedForm(sheet, unit) {
    var select = el('select', { 'aria-label': 'Enfant non prévu (' + unit.label + ')' }, [el('option', { value: '', text: 'Ajouter un enfant non prévu…' })]);
    state.registered.filter(function (r) { return r.status === 'ACTIVE'; }).forEach(function (r) {
      if (!unit.children.some(function (c) { return c.registrationId === r.registrationId; })) {
        select.appendChild(el('option', { value: r.registrationId, text: r.childFirstName }));
      }
    });
    var add = el('button', { type: 'submit', class: 'secondary', text: 'Pointer présent' });
    var form = el('form', { class: 'inline-form' }, [select, add]);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!select.value) { return; }
      api('/api/reservations/attendance', 'POST', { activityId: sheet.activityId, date: sheet.date, unit: unit.unit,
        registrationId: select.value, status: 'PRESENT' })
        .then(function () { say('Enfant non prévu pointé présent.'); loadDay(); })
        .catch(function (error) { say(error.message, true); });
    });
    return form;
  }

  // ----- the month: fill and waitlists -----

  function loadMonth() {
    var date = $('choix-jour').value;
    if (!state.activity || !date) { return Promise.resolve(); }
    return api(base() + '/slots?month=' + date.substring(0, 7)).then(renderMonth).catch(function (error) { say(error.message, true); });
  }

  function renderMonth(days) {
    var table = $('tableau-mois');
    table.textContent = '';
    table.appendChild(el('caption', { text: 'Places occupées / capacité, et liste d’attente, par jour et par unité' }));
    var head = el('tr', {}, [el('th', { scope: 'col', text: 'Jour' })]);
    state.activity.units.forEach(function (unit) { head.appendChild(el('th', { scope: 'col', text: unit.label })); });
    table.appendChild(el('thead', {}, [head]));
    var body = el('tbody');
    days.forEach(function (day) {
      var line = el('tr', {}, [el('th', { scope: 'row', text: dayWords(day.date) })]);
      if (day.status !== 'OFFERED') {
        line.appendChild(el('td', { colspan: String(state.activity.units.length), class: 'closed', text: day.label }));
      } else {
        day.units.forEach(function (unit) {
          var cell = el('td', {}, [fill(unit.confirmed, unit.capacity, unit.waitlisted)]);
          if (unit.inDraw) {
            cell.appendChild(el('div', { text: unit.inDraw + ' demande(s) en attente du tirage au sort' }));
          }
          if (unit.waitlist.length) {
            var list = el('ol', {}, unit.waitlist.map(function (child) { return el('li', { text: child.childFirstName }); }));
            cell.appendChild(el('details', {}, [el('summary', { text: 'Liste d’attente' }), list]));
          }
          line.appendChild(cell);
        });
      }
      body.appendChild(line);
    });
    table.appendChild(body);
  }

  // ----- capacities -----

  function loadCapacities() {
    return api(base() + '/capacities').then(function (lines) {
      var table = $('tableau-capacites');
      table.textContent = '';
      table.appendChild(el('thead', {}, [el('tr', {}, [el('th', { scope: 'col', text: 'Unité' }), el('th', { scope: 'col', text: 'Période' }),
        el('th', { scope: 'col', text: 'Capacité (places)' })])]));
      var body = el('tbody');
      lines.forEach(function (line) {
        var input = el('input', { type: 'number', min: '0', max: '1000', value: String(line.capacity),
          'aria-label': 'Capacité ' + line.unitLabel + ', ' + line.periodLabel });
        var save = el('button', { type: 'submit', class: 'secondary', text: 'Enregistrer' });
        var form = el('form', { class: 'inline-form' }, [input, save]);
        form.addEventListener('submit', function (event) {
          event.preventDefault();
          api(base() + '/capacities', 'PUT', { unit: line.unit, periodId: line.periodId, capacity: Number(input.value) })
            .then(function (changed) {
              say('Capacité enregistrée : ' + changed.capacity + ' places (' + line.unitLabel + ', ' + line.periodLabel + ')'
                + (changed.promoted ? ' ; ' + changed.promoted + ' enfant(s) de la liste d’attente ont obtenu une place.' : '.'));
              loadMonth();
              loadDay();
            })
            .catch(function (error) { say(error.message, true); });
        });
        body.appendChild(el('tr', {}, [el('td', { text: line.unitLabel }), el('td', { text: line.periodLabel }), el('td', {}, [form])]));
      });
      table.appendChild(body);
    }).catch(function (error) { say(error.message, true); });
  }

  function closeDay(event) {
    event.preventDefault();
    var date = $('fermeture-jour').value;
    if (!date || !window.confirm('Fermer le ' + dayWords(date) + ' ? Les réservations de ce jour seront annulées et les familles prévenues.')) {
      return;
    }
    api(base() + '/closures', 'POST', { date: date, reason: $('fermeture-motif').value })
      .then(function (closed) {
        say('Jour fermé (' + closed.reason + ') : ' + closed.cancelled + ' réservation(s) ou attente(s) annulée(s), familles prévenues.');
        loadMonth();
        loadDay();
      })
      .catch(function (error) { say(error.message, true); });
  }

  // ----- openings and fair draw -----

  function loadOpenings() {
    var select = $('ouverture-periode');
    select.textContent = '';
    (state.activity.periods || []).forEach(function (p) { select.appendChild(el('option', { value: p.id, text: p.label })); });
    return api(base() + '/openings').then(function (openings) {
      var list = $('ouvertures');
      list.textContent = '';
      openings.forEach(function (o) {
        var period = (state.activity.periods || []).filter(function (p) { return p.id === o.periodId; })[0];
        list.appendChild(el('li', { text: (period ? period.label : o.periodId) + ' : ouverture le '
          + new Date(o.opensAt).toLocaleString('fr-FR', { dateStyle: 'full', timeStyle: 'short' })
          + (o.drawMinutes ? ', tirage au sort des demandes des ' + o.drawMinutes + ' premières minutes' : ', sans tirage au sort') }));
      });
    }).catch(function (error) { say(error.message, true); });
  }

  function saveOpening(event) {
    event.preventDefault();
    api(base() + '/openings', 'PUT', { periodId: $('ouverture-periode').value, opensAt: $('ouverture-date').value,
      drawMinutes: Number($('ouverture-minutes').value || 0) })
      .then(function () { say('Ouverture enregistrée.'); loadOpenings(); })
      .catch(function (error) { say(error.message, true); });
  }

  function chooseActivity(activityId) {
    state.activity = state.activities.filter(function (a) { return a.activityId === activityId; })[0];
    if (!state.activity) { return; }
    api(base() + '/registrations').then(function (registered) { state.registered = registered; loadDay(); })
      .catch(function (error) { say(error.message, true); });
    loadMonth();
    loadCapacities();
    loadOpenings();
  }

  function start() {
    var today = new Date();
    $('choix-jour').value = new Date(today.getTime() - today.getTimezoneOffset() * 60000).toISOString().substring(0, 10);
    $('choix-jour').addEventListener('change', function () { loadDay(); loadMonth(); });
    $('choix-activite').addEventListener('change', function () { chooseActivity($('choix-activite').value); });
    $('fermeture').addEventListener('submit', closeDay);
    $('ouverture-form').addEventListener('submit', saveOpening);
    api('/api/reservations/admin/activities').then(function (activities) {
      state.activities = activities;
      var select = $('choix-activite');
      select.textContent = '';
      if (!activities.length) {
        select.appendChild(el('option', { value: '', text: 'Aucune activité connue' }));
        say('Aucune activité n’est encore publiée par le catalogue.');
        return;
      }
      activities.forEach(function (a) { select.appendChild(el('option', { value: a.activityId, text: a.name })); });
      chooseActivity(activities[0].activityId);
    }).catch(function (error) { say(error.message, true); });
  }

  document.addEventListener('DOMContentLoaded', start);
}());
