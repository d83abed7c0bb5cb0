// « Mes réservations »: the month grid of one child's registration, as in the town's note. The parent
// selects cells (yellow), or a weekly template, then « Valider »; the decisions arrive by themselves on
// the grid's event stream (green, orange with the place in the queue). Vanilla, no build step; every
// text goes through textContent.
(function () {
  'use strict';

  var LETTERS = { MONDAY: 'L', TUESDAY: 'M', WEDNESDAY: 'M', THURSDAY: 'J', FRIDAY: 'V', SATURDAY: 'S', SUNDAY: 'D' };
  var WEEKDAYS = [['MONDAY', 'Lundi'], ['TUESDAY', 'Mardi'], ['WEDNESDAY', 'Mercredi'], ['THURSDAY', 'Jeudi'],
    ['FRIDAY', 'Vendredi'], ['SATURDAY', 'Samedi'], ['SUNDAY', 'Dimanche']];

  // every state of the legend: its class, its sign, its words
  var LOOK = {
    FREE: ['cell--free', '', 'Case libre'],
    SELECTED: ['cell--selected', '+', 'Demande de réservation (sélectionnée, pas encore envoyée)'],
    REQUESTED: ['cell--requested', '…', 'Demande de réservation envoyée'],
    CONFIRMED: ['cell--confirmed', '✓', 'Réservation validée'],
    WAITLISTED: ['cell--waitlisted', '', 'Demande de réservation en liste d’attente'],
    CANCEL_SELECTED: ['cell--cancel', '−', 'Demande d’annulation (sélectionnée, pas encore envoyée)'],
    CANCEL_REQUESTED: ['cell--cancel-sent', '×', 'Demande d’annulation envoyée'],
    WITHDRAW_SELECTED: ['cell--withdraw', '−', 'Demande de réservation à annuler (sélectionnée, pas encore envoyée)'],
    WITHDRAW_REQUESTED: ['cell--withdraw-sent', '×', 'Demande d’annulation (liste d’attente)'],
    LOCKED_CONFIRMED: ['cell--locked-confirmed', '✓', 'Réservation (non modifiable)'],
    LOCKED_WAITLISTED: ['cell--locked-waitlisted', '', 'Réservation en liste d’attente (non modifiable)'],
    PRESENT: ['cell--present', 'P', 'Présence (non modifiable)'],
    ABSENT: ['cell--absent', 'A', 'Absence (non modifiable)'],
    INVOICED: ['cell--invoiced', '€', 'Réservation facturée (non modifiable)'],
    NOT_OFFERED: ['cell--off', '', 'Pas d’activité']
  };
  var OUTCOME_WORDS = {
    CONFIRMED: 'Réservation validée', PROMOTED: 'Place libérée : réservation validée depuis la liste d’attente',
    WAITLISTED: 'Liste d’attente', CANCELLED: 'Réservation annulée', WITHDRAWN: 'Demande retirée',
    REFUSED: 'Demande non retenue', ATTENDANCE: 'Pointage enregistré'
  };

  var state = {
    registrations: [], registrationId: null, month: null, grid: null,
    selection: {},          // "date|unit" -> 'reserve' | 'cancel'
    template: null,         // { weekdays, units, from, to }
    stream: null, focusKey: null, quoteTimer: null
  };

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
    var message = $('resa-message');
    message.textContent = text || '';
    message.classList.toggle('resa-message--error', !!isError);
  }

  function dayWords(iso) {
    var text = new Date(iso + 'T12:00:00').toLocaleDateString('fr-FR', { weekday: 'long', day: 'numeric', month: 'long' });
    return text.replace(/ 1 /, ' 1er ');
  }

  function monthWords(month) {
    var text = new Date(month + '-15T12:00:00').toLocaleDateString('fr-FR', { month: 'long', year: 'numeric' });
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  // ----- what a cell shows -----

  function cellsByKey() {
    var found = {};
    if (!state.grid) { return found; }
    state.grid.rows.forEach(function (row) {
      row.units.forEach(function (unit) {
        unit.cells.forEach(function (cell) { found[cell.date + '|' + unit.code] = { cell: cell, unit: unit }; });
      });
    });
    return found;
  }

  function dayOf(date) {
    return state.grid.days.filter(function (d) { return d.date === date; })[0];
  }

  function templateCovers(cell, unitCode) {
    var t = state.template;
    if (!t || cell.state !== 'FREE' || !cell.modifiable) { return false; }
    if (cell.date < t.from || cell.date > t.to || t.units.indexOf(unitCode) < 0) { return false; }
    var weekday = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'][new Date(cell.date + 'T12:00:00').getDay()];
    return t.weekdays.indexOf(weekday) >= 0;
  }

  function shownState(cell, unitCode) {
    var chosen = state.selection[cell.date + '|' + unitCode];
    if (chosen === 'reserve' || templateCovers(cell, unitCode)) { return 'SELECTED'; }
    if (chosen === 'cancel') { return cell.state === 'CONFIRMED' ? 'CANCEL_SELECTED' : 'WITHDRAW_SELECTED'; }
    return cell.state;
  }

  function paint(button, cell, unit) {
    var shown = shownState(cell, unit.code);
    var look = LOOK[shown] || LOOK.FREE;
    var sign = look[1];
    var words = look[2];
    if ((shown === 'WAITLISTED' || shown === 'LOCKED_WAITLISTED') && cell.position) {
      sign = String(cell.position);
      words += ' : position ' + cell.position + ' dans la file';
    }
    if (shown === 'NOT_OFFERED' && cell.label) { words = cell.label; }
    button.className = 'cell ' + look[0];
    button.textContent = sign;
    var label = dayWords(cell.date) + ', ' + unit.label + ' : ' + words + (cell.modifiable || shown === 'NOT_OFFERED' ? '' : ' — non modifiable');
    button.setAttribute('aria-label', label);
    button.title = label;
    button.setAttribute('aria-disabled', String(!cell.modifiable));
    button.setAttribute('aria-pressed', String(!!state.selection[cell.date + '|' + unit.code]));
  }

  // ----- the grid -----

  function render() {
    var grid = state.grid;
    var table = $('resa-grille');
    var caption = table.querySelector('caption');
    table.textContent = '';
    table.appendChild(caption);
    $('resa-mois').textContent = monthWords(grid.month) + ' — ' + (grid.childFirstName || '') + ', ' + (grid.activityName || '');
    $('resa-precedent').disabled = !grid.previousMonth;
    $('resa-suivant').disabled = !grid.nextMonth;

    var head = el('tr', {}, [el('th', { scope: 'col', class: 'row-head', text: 'Jours' })]);
    grid.days.forEach(function (day) {
      var weekday = new Date(day.date + 'T12:00:00').getDay();
      head.appendChild(el('th', { scope: 'col', class: weekday === 0 || weekday === 6 ? 'is-weekend' : '',
        abbr: dayWords(day.date), title: dayWords(day.date) + (day.modifiable ? '' : ' — ' + day.label) },
        [String(day.day).padStart(2, '0'), el('span', { class: 'weekday', text: day.weekday })]));
    });
    table.appendChild(el('thead', {}, [head]));

    var body = el('tbody');
    grid.rows.forEach(function (row) {
      body.appendChild(el('tr', { class: 'group-head' }, [el('th', { scope: 'rowgroup', class: 'row-head', text: row.label }),
        el('td', { colspan: String(grid.days.length) })]));
      if (!row.units.length) {
        var none = el('tr', {}, [el('th', { scope: 'row', class: 'row-head unit-head', text: '—' })]);
        grid.days.forEach(function () { none.appendChild(el('td')); });
        body.appendChild(none);
      }
      row.units.forEach(function (unit) {
        var line = el('tr', {}, [el('th', { scope: 'row', class: 'row-head unit-head', text: unit.label })]);
        unit.cells.forEach(function (cell) {
          var button = el('button', { type: 'button', tabindex: '-1', 'data-key': cell.date + '|' + unit.code });
          paint(button, cell, unit);
          line.appendChild(el('td', {}, [button]));
        });
        body.appendChild(line);
      });
    });
    table.appendChild(body);
    focusable(state.focusKey);
    summarize();
  }

  function buttons() {
    return Array.prototype.slice.call($('resa-grille').querySelectorAll('button.cell'));
  }

  // roving tabindex: one cell of the grid is in the tab order, the arrows move within the grid
  function focusable(key) {
    var all = buttons();
    if (!all.length) { return null; }
    var target = all.filter(function (b) { return b.getAttribute('data-key') === key; })[0]
      || all.filter(function (b) { return b.getAttribute('aria-disabled') === 'false'; })[0] || all[0];
    all.forEach(function (b) { b.tabIndex = b === target ? 0 : -1; });
    state.focusKey = target.getAttribute('data-key');
    return target;
  }

  function move(from, dx, dy) {
    var rows = Array.prototype.slice.call($('resa-grille').querySelectorAll('tbody tr'))
      .filter(function (tr) { return tr.querySelector('button.cell'); });
    var row = rows.indexOf(from.closest('tr'));
    var cells = Array.prototype.slice.call(rows[row].querySelectorAll('button.cell'));
    var column = cells.indexOf(from);
    var nextRow = Math.max(0, Math.min(rows.length - 1, row + dy));
    var nextCells = rows[nextRow].querySelectorAll('button.cell');
    var nextColumn = dx === Infinity ? nextCells.length - 1 : dx === -Infinity ? 0
      : Math.max(0, Math.min(nextCells.length - 1, column + dx));
    var target = focusable(nextCells[nextColumn].getAttribute('data-key'));
    target.focus();
  }

  function onGridKey(event) {
    var button = event.target.closest('button.cell');
    if (!button) { return; }
    var moves = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1], Home: [-Infinity, 0], End: [Infinity, 0] };
    if (moves[event.key]) {
      event.preventDefault();
      move(button, moves[event.key][0], moves[event.key][1]);
    }
  }

  function onGridClick(event) {
    var button = event.target.closest('button.cell');
    if (!button) { return; }
    var key = button.getAttribute('data-key');
    state.focusKey = key;
    focusable(key);
    var found = cellsByKey()[key];
    if (!found) { return; }
    var cell = found.cell;
    if (!cell.modifiable) {
      say(cell.state === 'NOT_OFFERED' ? dayWords(cell.date) + ' : ' + (cell.label || 'pas d’activité') + '.'
        : 'Cette case n’est plus modifiable (délai de modification dépassé, pointage ou facturation).');
      return;
    }
    if (state.selection[key]) {
      delete state.selection[key];
    } else if (cell.state === 'FREE') {
      state.selection[key] = 'reserve';
    } else if (['CONFIRMED', 'WAITLISTED', 'REQUESTED'].indexOf(cell.state) >= 0) {
      state.selection[key] = 'cancel';
    } else {
      say('Une demande est déjà en cours pour cette case : attendez sa réponse.');
      return;
    }
    paint(button, cell, found.unit);
    say('');
    summarize();
  }

  function summarize() {
    var reserve = 0;
    var cancel = 0;
    Object.keys(state.selection).forEach(function (key) { if (state.selection[key] === 'reserve') { reserve++; } else { cancel++; } });
    var parts = [];
    if (reserve) { parts.push(reserve + (reserve > 1 ? ' demandes de réservation' : ' demande de réservation')); }
    if (cancel) { parts.push(cancel + (cancel > 1 ? ' demandes d’annulation' : ' demande d’annulation')); }
    if (state.template) { parts.push('une semaine type'); }
    $('resa-selection').textContent = parts.length ? 'Sélection : ' + parts.join(', ') + '. Cliquez sur « Valider » pour l’envoyer.'
      : 'Aucune case sélectionnée.';
    $('resa-valider').disabled = !parts.length;
    $('resa-annuler').disabled = !parts.length;
    quoteSoon();
  }

  // ----- the price of the selection (billing); the reservation never depends on it -----

  function quoteSoon() {
    clearTimeout(state.quoteTimer);
    var cells = Object.keys(state.selection).filter(function (key) { return state.selection[key] === 'reserve'; })
      .map(function (key) { var parts = key.split('|'); return { date: parts[0], unit: parts[1] }; });
    var quote = $('resa-devis');
    if (!cells.length || !state.grid) { quote.hidden = true; return; }
    state.quoteTimer = setTimeout(function () {
      api('/api/billing/quotes', 'POST', { familyId: state.grid.familyId, activityId: state.grid.activityId, cells: cells })
        .then(function (answer) {
          var total = Number(answer.total).toLocaleString('fr-FR', { style: 'currency', currency: 'EUR' });
          quote.textContent = 'Estimation du coût des cases sélectionnées : ' + total + (answer.note ? ' (' + answer.note + ')' : '') + '.';
        })
        .catch(function () { quote.textContent = 'Estimation du coût disponible prochainement.'; })
        .then(function () { quote.hidden = false; });
    }, 400);
  }

  // ----- loading, sending, live decisions -----

  function load(month) {
    var url = '/api/reservations/registrations/' + encodeURIComponent(state.registrationId) + '/grid' + (month ? '?month=' + month : '');
    return api(url).then(function (grid) {
      state.grid = grid;
      state.month = grid.month;
      $('resa-app').hidden = false;
      render();
      prepareTemplate();
    }).catch(function (error) { say(error.message, true); });
  }

  function send() {
    var reserve = [];
    var cancel = [];
    Object.keys(state.selection).forEach(function (key) {
      var parts = key.split('|');
      (state.selection[key] === 'reserve' ? reserve : cancel).push({ date: parts[0], unit: parts[1] });
    });
    var body = { reserve: reserve, cancel: cancel };
    if (state.template) { body.template = state.template; }
    $('resa-valider').disabled = true;
    say('Envoi de votre demande…');
    sendOnce('/api/reservations/registrations/' + encodeURIComponent(state.registrationId) + '/requests', body)
      .then(function (accepted) {
        var known = cellsByKey();
        accepted.cells.forEach(function (sent) {
          var found = known[sent.date + '|' + sent.unit];
          if (found) { found.cell.state = sent.state; }
        });
        state.selection = {};
        state.template = null;
        $('resa-semaine-resume').hidden = true;
        render();
        say('Demande envoyée (' + accepted.cells.length + (accepted.cells.length > 1 ? ' cases' : ' case')
          + ') : les cases changent de couleur dès qu’elle est traitée.');
      })
      .catch(function (error) { say(error.message, true); summarize(); });
  }

  // One « Valider », named by a key of its own: when the portal is too busy to answer (503, or the
  // answer lost on the way), the page sends it again a few times by itself, and the service answers a
  // repeat with the same request instead of making a second one.
  var RETRIES = 3;

  function sendOnce(url, body) {
    var key = requestKey();
    var retries = 0;
    function attempt() {
      return api(url, 'POST', body, { 'Idempotency-Key': key }).catch(function (error) {
        var busy = error.status === 503 || error.status === 504 || error instanceof TypeError;
        if (!busy || retries >= RETRIES) { throw error; }
        retries++;
        var seconds = Math.min(error.retryAfter || 5, 15);
        say('Forte affluence : votre demande est renvoyée dans ' + seconds + ' s, sans risque de doublon. '
          + 'Gardez la page ouverte.');
        return new Promise(function (resolve) { setTimeout(resolve, seconds * 1000); }).then(attempt);
      });
    }
    return attempt();
  }

  function requestKey() {
    if (window.crypto && window.crypto.randomUUID) { return window.crypto.randomUUID(); }
    return Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 12);
  }

  function openStream() {
    if (state.stream) { state.stream.close(); }
    if (!window.EventSource) { return; }
    var stream = new EventSource('/api/reservations/registrations/' + encodeURIComponent(state.registrationId) + '/events');
    stream.addEventListener('decision', function (event) { onDecision(JSON.parse(event.data)); });
    stream.addEventListener('settled', function (event) { onSettled(JSON.parse(event.data)); });
    stream.addEventListener('position', function (event) { onPosition(JSON.parse(event.data)); });
    state.stream = stream;
  }

  function onDecision(decision) {
    var found = cellsByKey()[decision.date + '|' + decision.unit];
    var words = OUTCOME_WORDS[decision.outcome] || 'Décision';
    say(words + ' : ' + dayWords(decision.date) + ', ' + (found ? found.unit.label : decision.unit)
      + (decision.position ? ' (position ' + decision.position + ' dans la file)' : '') + '.');
    if (!found) { return; }
    if (!decision.state) { load(state.month); return; }
    var cell = found.cell;
    var modifiable = dayOf(cell.date).modifiable;
    cell.state = decision.state === 'CONFIRMED' && !modifiable ? 'LOCKED_CONFIRMED'
      : decision.state === 'WAITLISTED' && !modifiable ? 'LOCKED_WAITLISTED' : decision.state;
    cell.position = decision.position || null;
    if (decision.requestId) { cell.requestId = decision.state === 'FREE' ? null : decision.requestId; }
    cell.modifiable = modifiable && ['PRESENT', 'ABSENT'].indexOf(decision.state) < 0;
    delete state.selection[decision.date + '|' + decision.unit];
    var button = $('resa-grille').querySelector('button[data-key="' + decision.date + '|' + decision.unit + '"]');
    if (button) { paint(button, cell, found.unit); }
    summarize();
  }

  // someone ahead on a waitlist left it: the waiting cell shows its new place, the selection stays as it is;
  // a move of an earlier wait of the cell, or one the page already shows, changes nothing
  function onPosition(moved) {
    var found = cellsByKey()[moved.date + '|' + moved.unit];
    if (!found || found.cell.requestId !== moved.requestId
      || (found.cell.position && found.cell.position <= moved.position)) { return; }
    found.cell.position = moved.position;
    var button = $('resa-grille').querySelector('button[data-key="' + moved.date + '|' + moved.unit + '"]');
    if (button) { paint(button, found.cell, found.unit); }
    say('Liste d’attente : ' + dayWords(moved.date) + ', ' + found.unit.label + ', vous passez de la position '
      + moved.previousPosition + ' à la position ' + moved.position + '.');
  }

  function onSettled(settled) {
    var parts = [];
    if (settled.confirmed) { parts.push(settled.confirmed + ' validée' + (settled.confirmed > 1 ? 's' : '')); }
    if (settled.waitlisted) { parts.push(settled.waitlisted + ' en liste d’attente'); }
    if (settled.cancelled) { parts.push(settled.cancelled + ' annulée' + (settled.cancelled > 1 ? 's' : '')); }
    if (settled.refused) { parts.push(settled.refused + ' non retenue' + (settled.refused > 1 ? 's' : '')); }
    say('Votre demande est traitée : ' + (parts.join(', ') || 'aucun changement') + '.');
    load(state.month);
  }

  // ----- « Réservation selon une semaine type » -----

  function prepareTemplate() {
    var days = $('resa-semaine-jours');
    if (!days.children.length) {
      WEEKDAYS.forEach(function (pair) {
        days.appendChild(el('label', {}, [el('input', { type: 'checkbox', name: 'jour', value: pair[0] }), pair[1]]));
      });
    }
    var units = $('resa-semaine-unites');
    units.textContent = '';
    state.grid.rows.forEach(function (row) {
      row.units.forEach(function (unit) {
        units.appendChild(el('label', {}, [el('input', { type: 'checkbox', name: 'unite', value: unit.code }), unit.label]));
      });
    });
    var first = state.grid.days[0].date;
    var last = state.grid.days[state.grid.days.length - 1].date;
    var from = $('resa-semaine-du');
    var to = $('resa-semaine-au');
    from.min = to.min = state.grid.periodStart;
    from.max = to.max = state.grid.periodEnd;
    if (!from.value) { from.value = first < state.grid.periodStart ? state.grid.periodStart : first; }
    if (!to.value) { to.value = last > state.grid.periodEnd ? state.grid.periodEnd : last; }
  }

  function unitLabel(code) {
    var label = code;
    state.grid.rows.forEach(function (row) { row.units.forEach(function (u) { if (u.code === code) { label = u.label; } }); });
    return label;
  }

  function onTemplate(event) {
    event.preventDefault();
    var checked = function (name) {
      return Array.prototype.slice.call(document.querySelectorAll('#resa-semaine-form input[name="' + name + '"]:checked'))
        .map(function (input) { return input.value; });
    };
    var template = { weekdays: checked('jour'), units: checked('unite'), from: $('resa-semaine-du').value, to: $('resa-semaine-au').value };
    if (!template.weekdays.length || !template.units.length) {
      say('Choisissez au moins un jour de la semaine et une unité.', true);
      return;
    }
    if (!template.from || !template.to || template.to < template.from) {
      say('Choisissez une période : la date de fin doit suivre la date de début.', true);
      return;
    }
    state.template = template;
    var summary = $('resa-semaine-resume');
    summary.textContent = 'Semaine type ajoutée : ' + template.weekdays.map(function (d) {
      return WEEKDAYS.filter(function (p) { return p[0] === d; })[0][1].toLowerCase() + 's';
    }).join(', ') + ' — ' + template.units.map(unitLabel).join(', ') + ', du ' + dayWords(template.from) + ' au ' + dayWords(template.to)
      + '. Les jours fermés, déjà réservés ou dont le délai est dépassé sont ignorés. ';
    var remove = el('button', { type: 'button', class: 'secondary outline', text: 'Retirer la semaine type' });
    remove.addEventListener('click', function () { state.template = null; summary.hidden = true; render(); });
    summary.appendChild(remove);
    summary.hidden = false;
    render();
    say('Semaine type ajoutée à votre sélection : cliquez sur « Valider » pour l’envoyer.');
  }

  // ----- choosing the child and activity -----

  function choose(registrationId) {
    state.registrationId = registrationId;
    state.selection = {};
    state.template = null;
    var url = new URL(window.location.href);
    url.searchParams.set('inscription', registrationId);
    window.history.replaceState(null, '', url.toString());
    openStream();
    load(null);
  }

  function start() {
    $('resa-grille').addEventListener('click', onGridClick);
    $('resa-grille').addEventListener('keydown', onGridKey);
    $('resa-valider').addEventListener('click', send);
    $('resa-annuler').addEventListener('click', function () {
      state.selection = {};
      state.template = null;
      $('resa-semaine-resume').hidden = true;
      render();
      say('Sélection annulée.');
    });
    $('resa-actualiser').addEventListener('click', function () { say(''); load(state.month); });
    $('resa-precedent').addEventListener('click', function () { if (state.grid.previousMonth) { load(state.grid.previousMonth); } });
    $('resa-suivant').addEventListener('click', function () { if (state.grid.nextMonth) { load(state.grid.nextMonth); } });
    $('resa-semaine-form').addEventListener('submit', onTemplate);

    var select = $('resa-inscription');
    api('/api/reservations/registrations').then(function (registrations) {
      state.registrations = registrations.filter(function (r) { return r.status === 'ACTIVE'; });
      select.textContent = '';
      if (!state.registrations.length) {
        select.appendChild(el('option', { text: 'Aucune inscription validée' }));
        say('Aucune inscription validée pour le moment : dès qu’une inscription est validée par le service, '
          + 'vous pouvez réserver ici. Voir « Mes inscriptions ».');
        return;
      }
      state.registrations.forEach(function (r) {
        select.appendChild(el('option', { value: r.registrationId, text: (r.childFirstName || 'Enfant') + ' — ' + (r.activityName || r.activityId) }));
      });
      var wanted = new URLSearchParams(window.location.search).get('inscription');
      var chosen = state.registrations.some(function (r) { return r.registrationId === wanted; }) ? wanted
        : state.registrations[0].registrationId;
      select.value = chosen;
      select.disabled = state.registrations.length < 2;
      select.addEventListener('change', function () { choose(select.value); });
      choose(chosen);
    }).catch(function (error) { say(error.message, true); });
    window.addEventListener('beforeunload', function () { if (state.stream) { state.stream.close(); } });
  }

  document.addEventListener('DOMContentLoaded', start);
}());
