// « Demandes d'inscription »: the queue, oldest first, filtered by state and activity; open a request with the
// child's and the family's essentials, then approve it or refuse it with a reason. Vanilla, no build step;
// every text goes through textContent.
(function () {
  'use strict';

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

  function frenchDate(iso) {
    if (!iso) { return '—'; }
    var date = iso.length === 10 ? new Date(iso + 'T12:00:00') : new Date(iso);
    var text = date.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
    return date.getDate() === 1 ? text.replace(/^1 /, '1er ') : text;
  }

  function frenchDateTime(iso) {
    if (!iso) { return '—'; }
    return new Date(iso).toLocaleString('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  }

  var STATE_CAPTIONS = {
    ENVOYEE: 'Demandes en attente de traitement, de la plus ancienne à la plus récente',
    VALIDEE: 'Demandes validées, de la plus ancienne à la plus récente',
    REFUSEE: 'Demandes refusées, de la plus ancienne à la plus récente',
    ANNULEE: 'Demandes annulées, de la plus ancienne à la plus récente'
  };

  var message = document.getElementById('demandes-message');
  var alertBox = document.getElementById('demandes-alerte');
  var filters = document.getElementById('filtres');
  var stateFilter = document.getElementById('filtre-etat');
  var activityFilter = document.getElementById('filtre-activite');
  var table = document.getElementById('demandes');
  var rows = document.getElementById('demandes-lignes');
  var caption = document.getElementById('demandes-legende');
  var sheet = document.getElementById('fiche');
  var sheetTitle = document.getElementById('fiche-titre');
  var sheetContent = document.getElementById('fiche-contenu');
  var decision = document.getElementById('fiche-decision');
  var approveButton = document.getElementById('valider');
  var refusal = document.getElementById('refus');
  var reason = document.getElementById('motif');

  var current = null;
  var opener = null;

  function say(text) { alertBox.textContent = ''; message.textContent = text; }
  function warn(text) { message.textContent = ''; alertBox.textContent = text; }

  function showOpeningHours() {
    var box = document.getElementById('horaires');
    api('/api/registrations/opening-hours').then(function (hours) {
      box.textContent = '';
      if (!hours.days.length) { box.appendChild(el('p', { text: hours.note })); return; }
      box.appendChild(el('ul', {}, hours.days.map(function (day) {
        return el('li', {}, [el('strong', { text: day.dayLabel + ' : ' }), day.label]);
      })));
      box.appendChild(el('p', { text: hours.openNow ? 'La mairie est ouverte en ce moment.'
        : 'La mairie est fermée en ce moment' + (hours.nextOpeningLabel ? ' ; prochaine ouverture : ' + hours.nextOpeningLabel : '') + '.' }));
    }).catch(function () {
      box.textContent = 'Les horaires d’ouverture ne peuvent pas être affichés pour le moment.';
    }).then(function () { box.setAttribute('aria-busy', 'false'); });
  }

  function loadActivities() {
    return api('/api/registrations/activities').then(function (activities) {
      activities.forEach(function (activity) {
        activityFilter.appendChild(el('option', { value: activity.id, text: activity.name }));
      });
    }).catch(function (error) { warn(error.message); });
  }

  function childName(r) {
    return [r.childFirstName, r.childLastName].filter(Boolean).join(' ') || 'Enfant (données effacées)';
  }

  function row(registration) {
    var open = el('button', { type: 'button', class: 'outline', text: 'Ouvrir',
      'aria-label': 'Ouvrir la demande de ' + childName(registration) + ' pour ' + registration.activityName });
    open.addEventListener('click', function () { opener = open; openRequest(registration.id); });
    return el('tr', {}, [
      el('td', { text: frenchDateTime(registration.requestedAt) }),
      el('th', { scope: 'row', text: childName(registration) }),
      el('td', { text: registration.childAgeAtSeasonStart == null ? '—' : registration.childAgeAtSeasonStart + ' ans' }),
      el('td', { text: registration.activityName }),
      el('td', {}, [el('span', { class: 'etat etat--' + registration.state, text: registration.stateLabel })]),
      el('td', {}, [open])
    ]);
  }

  function loadQueue() {
    var params = new URLSearchParams({ state: stateFilter.value });
    if (activityFilter.value) { params.set('activityId', activityFilter.value); }
    table.setAttribute('aria-busy', 'true');
    caption.textContent = STATE_CAPTIONS[stateFilter.value];
    return api('/api/registrations/requests?' + params).then(function (queue) {
      rows.textContent = '';
      if (!queue.length) {
        rows.appendChild(el('tr', {}, [el('td', { colspan: '6', text: 'Aucune demande.' })]));
      }
      queue.forEach(function (registration) { rows.appendChild(row(registration)); });
      document.getElementById('inscriptions-titre').textContent = stateFilter.options[stateFilter.selectedIndex].text
        + ' (' + queue.length + ')';
    }).catch(function (error) { warn(error.message); })
      .then(function () { table.setAttribute('aria-busy', 'false'); });
  }

  function definitions(pairs) {
    var list = el('dl');
    pairs.forEach(function (pair) {
      if (pair[1] == null || pair[1] === '') { return; }
      list.appendChild(el('dt', { text: pair[0] }));
      list.appendChild(el('dd', { text: String(pair[1]) }));
    });
    return list;
  }

  function renderRequest(file) {
    var r = file.registration;
    current = file;
    sheetTitle.textContent = 'Demande de ' + childName(r) + ' pour « ' + r.activityName + ' »';
    sheetContent.textContent = '';
    sheetContent.appendChild(el('p', {}, [el('span', { class: 'etat etat--' + r.state, text: r.stateLabel }),
      ' Reçue le ' + frenchDateTime(r.requestedAt) + '.'
      + (r.decidedAt ? ' Décision le ' + frenchDateTime(r.decidedAt) + (r.decidedBy ? ' (' + r.decidedBy + ')' : '') + '.' : '')
      + (r.refusalReason ? ' Motif : ' + r.refusalReason : '')]));
    sheetContent.appendChild(el('h3', { text: 'L’enfant' }));
    if (!file.child.known) {
      sheetContent.appendChild(el('p', { class: 'notice', text: 'Cet enfant n’est plus connu du dossier famille : vérifiez le dossier avant de décider.' }));
    }
    sheetContent.appendChild(definitions([
      ['Nom', [file.child.firstName, file.child.lastName].filter(Boolean).join(' ')],
      ['Date de naissance', frenchDate(file.child.birthDate)],
      ['Âge au début de la saison', file.child.ageAtSeasonStart == null ? null : file.child.ageAtSeasonStart + ' ans'],
      ['Tranche d’âge de l’activité', file.activity ? file.activity.ageLabel : null],
      ['École', file.child.school],
      ['Classe', file.child.schoolClass]
    ]));
    sheetContent.appendChild(el('h3', { text: 'La famille' }));
    sheetContent.appendChild(definitions([
      ['Responsable du compte', file.family.guardianName],
      ['Adresse e-mail', file.family.email],
      ['Dossier « Structures Enfance Jeunesse »', file.family.fileComplete
        ? 'Complet depuis le ' + frenchDate(file.family.fileCompletedAt) : 'Incomplet'],
      ['Identifiant de la famille', file.family.familyId]
    ]));
    sheetContent.appendChild(el('h3', { text: 'Autres inscriptions de l’enfant' }));
    if (!file.otherRegistrations.length) {
      sheetContent.appendChild(el('p', { text: 'Aucune.' }));
    } else {
      sheetContent.appendChild(el('ul', {}, file.otherRegistrations.map(function (other) {
        return el('li', {}, [other.activityName + ' (' + other.seasonId + ') ', el('span', { class: 'etat etat--' + other.state, text: other.stateLabel })]);
      })));
    }
    decision.hidden = r.state !== 'ENVOYEE';
    reason.value = '';
    sheet.hidden = false;
    sheetTitle.focus();
  }

  function openRequest(id) {
    api('/api/registrations/requests/' + encodeURIComponent(id)).then(renderRequest)
      .catch(function (error) { warn(error.message); });
  }

  function closeRequest() {
    sheet.hidden = true;
    current = null;
    if (opener && document.body.contains(opener)) { opener.focus(); } else { table.focus(); }
  }

  function decided(text) {
    say(text);
    sheet.hidden = true;
    current = null;
    loadQueue().then(function () { caption.focus(); });
  }

  approveButton.addEventListener('click', function () {
    if (!current) { return; }
    var r = current.registration;
    approveButton.disabled = true;
    api('/api/registrations/' + encodeURIComponent(r.id) + '/approval', 'POST').then(function () {
      decided('L’inscription de ' + childName(r) + ' à « ' + r.activityName + ' » est validée. La famille peut réserver.');
    }).catch(function (error) { warn(error.message); })
      .then(function () { approveButton.disabled = false; });
  });

  refusal.addEventListener('submit', function (event) {
    event.preventDefault();
    if (!current) { return; }
    if (!reason.value.trim()) {
      reason.setAttribute('aria-invalid', 'true');
      warn('Indiquez à la famille le motif du refus.');
      reason.focus();
      return;
    }
    reason.removeAttribute('aria-invalid');
    var r = current.registration;
    api('/api/registrations/' + encodeURIComponent(r.id) + '/refusal', 'POST', { reason: reason.value.trim() }).then(function () {
      decided('La demande de ' + childName(r) + ' à « ' + r.activityName + ' » est refusée ; la famille en voit le motif.');
    }).catch(function (error) { warn(error.message); });
  });

  document.getElementById('fermer-fiche').addEventListener('click', closeRequest);
  filters.addEventListener('submit', function (event) { event.preventDefault(); loadQueue(); });
  caption.setAttribute('tabindex', '-1');
  table.setAttribute('tabindex', '-1');

  showOpeningHours();
  loadActivities().then(loadQueue);
})();
