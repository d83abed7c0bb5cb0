// « Catalogue des activités »: the activities (ages, days, units, periods, closures, deadline, automatic approval),
// the school calendar they copy periods and public holidays from, and the town hall's opening hours.
// Vanilla, no build step; every text goes through textContent. Periods and days already past are shown locked:
// the service refuses to change them.
(function () {
  'use strict';

  var DAYS = [['MONDAY', 'lundi'], ['TUESDAY', 'mardi'], ['WEDNESDAY', 'mercredi'], ['THURSDAY', 'jeudi'],
    ['FRIDAY', 'vendredi'], ['SATURDAY', 'samedi'], ['SUNDAY', 'dimanche']];
  var ROWS = [['ACCUEIL', 'Accueils'], ['SUPPLEMENT', 'Suppléments'], ['JOURNEE', 'Journée']];
  var KINDS = [['SCHOOL', 'Période scolaire'], ['HOLIDAY', 'Vacances scolaires']];

  function xsrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : '';
  }

  // fetch on the portal's origin; a problem+json answer becomes an Error whose message is its French detail
  function api(url, method, body) {
    var options = { method: method || 'GET', credentials: 'same-origin', headers: { 'Accept': 'application/json' } };
    if (options.method !== 'GET') {
      options.headers['X-XSRF-TOKEN'] = xsrfToken();
    }
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(url, options).then(function (response) {
      return response.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (notJson) { data = null; }
        if (!response.ok) {
          var detail = (data && data.detail) || 'La demande n’a pas pu aboutir. Merci de réessayer.';
          var errors = (data && data.erreurs) || [];
          throw new Error([detail].concat(errors.map(function (e) { return e.message; })).join(' '));
        }
        return data;
      });
    });
  }

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (name === 'text') { node.textContent = attributes[name]; } else { node.setAttribute(name, attributes[name]); }
    });
    (children || []).forEach(function (child) { if (child) { node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child); } });
    return node;
  }

  function select(attributes, options, value) {
    var node = el('select', attributes, options.map(function (o) { return el('option', { value: o[0], text: o[1] }); }));
    if (value) { node.value = value; }
    return node;
  }

  function frenchDate(iso) {
    if (!iso) { return ''; }
    var text = new Date(iso + 'T12:00:00').toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
    return iso.slice(8) === '01' ? text.replace(/^1 /, '1er ') : text;
  }

  function isoToday() {
    var now = new Date();
    return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }

  var TODAY = isoToday();
  var message = document.getElementById('catalogue-message');
  var alertBox = document.getElementById('catalogue-alerte');
  var listTable = document.getElementById('activites-table');
  var listRows = document.getElementById('activites-lignes');
  var editor = document.getElementById('edition');
  var editorTitle = document.getElementById('edition-titre');
  var form = document.getElementById('activite-form');
  var unitsBody = document.getElementById('a-unites');
  var periodsBody = document.getElementById('a-periodes');
  var closuresList = document.getElementById('a-fermetures');
  var seasonSelect = document.getElementById('a-saison');

  var state = { activities: [], calendars: [], editing: null, closures: [], opener: null, sequence: 0 };

  function say(text) { alertBox.textContent = ''; message.textContent = text; }
  function warn(text) { message.textContent = ''; alertBox.textContent = text; }
  function nextId() { state.sequence += 1; return 'n' + state.sequence; }

  // ----- the list -----

  function loadActivities() {
    listTable.setAttribute('aria-busy', 'true');
    return api('/api/registrations/activities').then(function (activities) {
      state.activities = activities;
      listRows.textContent = '';
      if (!activities.length) {
        listRows.appendChild(el('tr', {}, [el('td', { colspan: '7', text: 'Aucune activité pour le moment.' })]));
      }
      activities.forEach(function (activity) {
        var edit = el('button', { type: 'button', class: 'outline', text: 'Modifier', 'aria-label': 'Modifier ' + activity.name });
        edit.addEventListener('click', function () { state.opener = edit; openEditor(activity); });
        listRows.appendChild(el('tr', {}, [
          el('th', { scope: 'row' }, [activity.name, el('br'), el('small', { text: activity.kindLabel + (activity.open ? '' : ' — inscriptions closes') })]),
          el('td', { text: activity.ageMin + ' à ' + activity.ageMax + ' ans' }),
          el('td', { text: activity.season.label }),
          el('td', { text: activity.weekdaysLabel }),
          el('td', { text: activity.units.map(function (u) { return u.label; }).join(', ') }),
          el('td', { text: activity.autoApprove ? 'Automatique' : 'Par le service' }),
          el('td', {}, [edit])
        ]));
      });
    }).catch(function (error) { warn(error.message); })
      .then(function () { listTable.setAttribute('aria-busy', 'false'); });
  }

  function loadCalendars() {
    return api('/api/registrations/calendars').then(function (calendars) {
      state.calendars = calendars;
      seasonSelect.textContent = '';
      calendars.forEach(function (calendar) {
        seasonSelect.appendChild(el('option', { value: calendar.seasonId, text: calendar.label + ' (zone ' + calendar.zone + ')' }));
      });
    }).catch(function (error) { warn(error.message); });
  }

  function calendar() {
    return state.calendars.filter(function (c) { return c.seasonId === seasonSelect.value; })[0];
  }

  // ----- the editor: days, units, periods, closures -----

  function dayBoxes(container, prefix, checked, disabled) {
    DAYS.forEach(function (day) {
      var id = prefix + '-' + day[0];
      var box = el('input', { type: 'checkbox', id: id, value: day[0] });
      box.checked = checked.indexOf(day[0]) >= 0;
      box.disabled = !!disabled;
      container.appendChild(el('label', { for: id }, [box, day[1]]));
    });
    return container;
  }

  function checkedDays(container) {
    return Array.prototype.slice.call(container.querySelectorAll('input[type="checkbox"]:checked')).map(function (b) { return b.value; });
  }

  function addUnit(unit) {
    var key = nextId();
    var u = unit || { code: '', row: 'ACCUEIL', label: '' };
    var remove = el('button', { type: 'button', class: 'secondary outline', text: 'Retirer', 'aria-label': 'Retirer l’unité ' + (u.label || 'nouvelle') });
    var tr = el('tr', { 'data-unit': key }, [
      el('td', {}, [el('input', { 'aria-label': 'Code de l’unité', name: 'code', value: u.code, pattern: '[a-z0-9-]+', placeholder: 'matin' })]),
      el('td', {}, [select({ 'aria-label': 'Ligne de la grille', name: 'row' }, ROWS, u.row)]),
      el('td', {}, [el('input', { 'aria-label': 'Libellé de l’unité', name: 'label', value: u.label, placeholder: 'Matin' })]),
      el('td', {}, [remove])
    ]);
    remove.addEventListener('click', function () { tr.remove(); });
    unitsBody.appendChild(tr);
  }

  function addPeriod(period) {
    var p = period || { id: '', kind: 'SCHOOL', label: '', start: '', end: '', ownWeekdays: [] };
    var over = p.end && p.end < TODAY && period && period.saved;
    var key = nextId();
    var own = dayBoxes(el('div', { class: 'jours' }), 'p-' + key, p.ownWeekdays || [], over);
    var remove = el('button', { type: 'button', class: 'secondary outline', text: over ? 'Terminée' : 'Retirer',
      'aria-label': over ? 'Période terminée : ' + p.label : 'Retirer la période ' + (p.label || 'nouvelle') });
    remove.disabled = !!over;
    var inputs = [
      el('input', { 'aria-label': 'Libellé de la période', name: 'label', value: p.label }),
      select({ 'aria-label': 'Type de période', name: 'kind' }, KINDS, p.kind),
      el('input', { 'aria-label': 'Premier jour', name: 'start', type: 'date', value: p.start }),
      el('input', { 'aria-label': 'Dernier jour', name: 'end', type: 'date', value: p.end })
    ];
    inputs.forEach(function (input) { input.disabled = !!over; });
    var ownCount = (p.ownWeekdays || []).length;
    var tr = el('tr', { 'data-period': p.id || '', class: over ? 'terminee' : '' }, [
      el('td', {}, [inputs[0]]), el('td', {}, [inputs[1]]), el('td', {}, [inputs[2]]), el('td', {}, [inputs[3]]),
      el('td', {}, [el('details', {}, [el('summary', { text: ownCount ? ownCount + ' jour(s)' : 'Ceux de l’activité' }), own])]),
      el('td', {}, [remove])
    ]);
    remove.addEventListener('click', function () { tr.remove(); });
    periodsBody.appendChild(tr);
  }

  function renderClosures() {
    closuresList.textContent = '';
    state.closures.sort();
    if (!state.closures.length) { closuresList.appendChild(el('li', { text: 'Aucun jour de fermeture.' })); }
    state.closures.forEach(function (day) {
      var past = day < TODAY;
      var remove = el('button', { type: 'button', class: 'secondary outline', text: '×',
        'aria-label': past ? 'Jour passé, ne peut plus être rouvert : ' + frenchDate(day) : 'Rouvrir le ' + frenchDate(day) });
      remove.disabled = past;
      remove.addEventListener('click', function () {
        state.closures = state.closures.filter(function (d) { return d !== day; });
        renderClosures();
      });
      closuresList.appendChild(el('li', {}, [el('span', { text: frenchDate(day) }), remove]));
    });
  }

  function addClosure(day) {
    if (day && state.closures.indexOf(day) < 0) { state.closures.push(day); }
  }

  function openEditor(activity) {
    state.editing = activity;
    form.reset();
    editorTitle.textContent = activity ? 'Modifier « ' + activity.name + ' »' : 'Nouvelle activité';
    var a = activity || { name: '', kind: 'AUTRE', description: '', ageMin: 3, ageMax: 11, weekdays: [], units: [],
      periods: [], closedDays: [], deadline: { kind: 'WORKING_DAYS_BEFORE', days: 2, time: '23:59' }, autoApprove: false,
      season: { id: seasonSelect.value } };
    document.getElementById('a-nom').value = a.name;
    document.getElementById('a-type').value = a.kind;
    document.getElementById('a-description').value = a.description || '';
    document.getElementById('a-age-min').value = a.ageMin;
    document.getElementById('a-age-max').value = a.ageMax;
    seasonSelect.value = a.season.id;
    document.getElementById('a-auto').checked = !!a.autoApprove;
    var days = document.getElementById('a-jours');
    days.textContent = '';
    dayBoxes(days, 'a-jour', a.weekdays, false);
    unitsBody.textContent = '';
    (a.units.length ? a.units : [null]).forEach(addUnit);
    periodsBody.textContent = '';
    a.periods.forEach(function (p) { addPeriod(Object.assign({ saved: true }, p)); });
    state.closures = a.closedDays.slice();
    renderClosures();
    document.getElementById('a-delai').value = a.deadline.kind;
    document.getElementById('a-delai-jours').value = a.deadline.days || '';
    document.getElementById('a-delai-heure').value = a.deadline.time;
    followDeadlineKind();
    editor.hidden = false;
    editorTitle.focus();
  }

  function closeEditor() {
    editor.hidden = true;
    state.editing = null;
    if (state.opener && document.body.contains(state.opener)) { state.opener.focus(); }
  }

  function importPeriods(kind) {
    var cal = calendar();
    if (!cal) { warn('Aucun calendrier scolaire n’est défini pour cette saison.'); return; }
    var present = Array.prototype.slice.call(periodsBody.querySelectorAll('tr')).map(function (tr) { return tr.getAttribute('data-period'); });
    var added = 0;
    cal.periods.filter(function (p) { return p.kind === kind && present.indexOf(p.id) < 0; }).forEach(function (p) {
      addPeriod({ id: p.id, kind: p.kind, label: p.label, start: p.start, end: p.end, ownWeekdays: [] });
      added += 1;
    });
    say(added + ' période(s) reprise(s) du calendrier ' + cal.label + '.');
  }

  function formValue() {
    var deadlineKind = document.getElementById('a-delai').value;
    return {
      id: state.editing ? state.editing.id : null,
      name: document.getElementById('a-nom').value,
      kind: document.getElementById('a-type').value,
      description: document.getElementById('a-description').value,
      ageMin: document.getElementById('a-age-min').value === '' ? null : Number(document.getElementById('a-age-min').value),
      ageMax: document.getElementById('a-age-max').value === '' ? null : Number(document.getElementById('a-age-max').value),
      seasonId: seasonSelect.value,
      weekdays: checkedDays(document.getElementById('a-jours')),
      units: Array.prototype.slice.call(unitsBody.querySelectorAll('tr')).map(function (tr) {
        return { code: tr.querySelector('[name="code"]').value.trim(), row: tr.querySelector('[name="row"]').value,
          label: tr.querySelector('[name="label"]').value };
      }),
      periods: Array.prototype.slice.call(periodsBody.querySelectorAll('tr')).map(function (tr) {
        return { id: tr.getAttribute('data-period') || null, label: tr.querySelector('[name="label"]').value,
          kind: tr.querySelector('[name="kind"]').value, start: tr.querySelector('[name="start"]').value || null,
          end: tr.querySelector('[name="end"]').value || null, weekdays: checkedDays(tr.querySelector('.jours')) };
      }),
      closedDays: state.closures.slice(),
      deadline: { kind: deadlineKind, days: deadlineKind === 'WORKING_DAYS_BEFORE' ? Number(document.getElementById('a-delai-jours').value) : null,
        time: document.getElementById('a-delai-heure').value },
      autoApprove: document.getElementById('a-auto').checked,
      updatedAt: state.editing ? state.editing.updatedAt : null
    };
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var value = formValue();
    var request = state.editing
      ? api('/api/registrations/activities/' + encodeURIComponent(state.editing.id), 'PUT', value)
      : api('/api/registrations/activities', 'POST', value);
    var submit = form.querySelector('button[type="submit"]');
    submit.disabled = true;
    request.then(function (saved) {
      say('« ' + saved.name + ' » est enregistrée ; son calendrier est transmis aux réservations.');
      editor.hidden = true;
      state.editing = null;
      return loadActivities();
    }).catch(function (error) { warn(error.message); })
      .then(function () { submit.disabled = false; });
  });

  var deadlineKind = document.getElementById('a-delai');
  var deadlineDays = document.getElementById('a-delai-jours');
  function followDeadlineKind() {
    deadlineDays.disabled = deadlineKind.value !== 'WORKING_DAYS_BEFORE';
  }
  deadlineKind.addEventListener('change', followDeadlineKind);

  document.getElementById('nouvelle-activite').addEventListener('click', function (event) {
    state.opener = event.currentTarget;
    openEditor(null);
  });
  document.getElementById('annuler-edition').addEventListener('click', closeEditor);
  document.getElementById('ajouter-unite').addEventListener('click', function () { addUnit(null); });
  document.getElementById('ajouter-periode').addEventListener('click', function () { addPeriod(null); });
  document.getElementById('calendrier-scolaires').addEventListener('click', function () { importPeriods('SCHOOL'); });
  document.getElementById('calendrier-vacances').addEventListener('click', function () { importPeriods('HOLIDAY'); });
  document.getElementById('ajouter-fermeture').addEventListener('click', function () {
    var input = document.getElementById('a-fermeture');
    if (!input.value) { warn('Choisissez le jour à fermer.'); input.focus(); return; }
    addClosure(input.value);
    input.value = '';
    renderClosures();
  });
  document.getElementById('calendrier-feries').addEventListener('click', function () {
    var cal = calendar();
    if (!cal) { warn('Aucun calendrier scolaire n’est défini pour cette saison.'); return; }
    cal.publicHolidays.filter(function (day) { return day >= cal.start && day <= cal.end && day >= TODAY; }).forEach(addClosure);
    renderClosures();
    say('Les jours fériés à venir de la saison sont ajoutés aux fermetures.');
  });

  // ----- the town hall's opening hours -----

  var hoursForm = document.getElementById('horaires-form');
  var hoursDays = document.getElementById('h-jours');

  function loadOpeningHours() {
    return api('/api/registrations/opening-hours').then(function (hours) {
      document.getElementById('h-lieu').value = hours.place || '';
      document.getElementById('h-note').value = hours.note || '';
      hoursDays.textContent = '';
      DAYS.forEach(function (day) {
        var opening = hours.days.filter(function (d) { return d.day === day[0]; })[0];
        var text = opening ? opening.ranges.map(function (r) { return r.from + '-' + r.to; }).join(', ') : '';
        var id = 'h-' + day[0];
        hoursDays.appendChild(el('label', { for: id }, [day[1].charAt(0).toUpperCase() + day[1].slice(1),
          el('input', { id: id, name: day[0], value: text, placeholder: 'Fermé', inputmode: 'numeric' })]));
      });
    }).catch(function (error) { warn(error.message); });
  }

  function parseRanges(text) {
    return text.split(',').map(function (part) { return part.trim(); }).filter(Boolean).map(function (part) {
      var bounds = part.split('-').map(function (b) { return b.trim(); });
      return { from: bounds[0] || null, to: bounds[1] || null };
    });
  }

  hoursForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var body = {
      place: document.getElementById('h-lieu').value,
      note: document.getElementById('h-note').value,
      days: DAYS.map(function (day) {
        return { day: day[0], ranges: parseRanges(document.getElementById('h-' + day[0]).value) };
      }).filter(function (d) { return d.ranges.length; })
    };
    api('/api/registrations/opening-hours', 'PUT', body).then(function () {
      say('Les horaires d’ouverture de la mairie sont enregistrés.');
      return loadOpeningHours();
    }).catch(function (error) { warn(error.message); });
  });

  loadCalendars().then(loadActivities);
  loadOpeningHours();
})();
