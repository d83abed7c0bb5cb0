// « Mes inscriptions »: choose the child, see its pending and current registrations, « Nouvelle inscription »,
// choose the activity (only those its age allows), « Valider ». Vanilla, no build step; every text goes
// through textContent. The decision arrives later: the page asks again while a request is pending.
(function () {
  'use strict';

  var POLL_EVERY_MS = 2500;
  var POLL_FOR_MS = 120000;

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
    if (!iso) { return ''; }
    var date = iso.length === 10 ? new Date(iso + 'T12:00:00') : new Date(iso);
    var text = date.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
    return date.getDate() === 1 ? text.replace(/^1 /, '1er ') : text;
  }

  function frenchDateTime(iso) {
    if (!iso) { return ''; }
    return new Date(iso).toLocaleString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  }

  var message = document.getElementById('inscriptions-message');
  var alertBox = document.getElementById('inscriptions-alerte');
  var childrenBox = document.getElementById('enfants');
  var detail = document.getElementById('enfant-detail');
  var detailTitle = document.getElementById('detail-titre');
  var registrationsBox = document.getElementById('enfant-inscriptions');
  var newButton = document.getElementById('nouvelle-inscription');
  var impossible = document.getElementById('nouvelle-impossible');
  var form = document.getElementById('nouvelle-form');
  var activitiesBox = document.getElementById('activites');
  var cancelNew = document.getElementById('nouvelle-annuler');

  var state = { family: null, childId: new URLSearchParams(window.location.search).get('enfant'), pollUntil: 0, timer: null };

  function say(text) { alertBox.textContent = ''; message.textContent = text; }
  function warn(text) { message.textContent = ''; alertBox.textContent = text; }

  // ----- opening hours -----

  function showOpeningHours() {
    var box = document.getElementById('horaires');
    api('/api/registrations/opening-hours').then(function (hours) {
      box.textContent = '';
      if (!hours.days.length) {
        box.appendChild(el('p', { text: hours.note }));
        return;
      }
      box.appendChild(el('p', { text: hours.place }));
      box.appendChild(el('ul', {}, hours.days.map(function (day) {
        return el('li', {}, [el('strong', { text: day.dayLabel + ' : ' }), day.label]);
      })));
      var now = hours.openNow ? 'La mairie est ouverte en ce moment.'
        : (hours.nextOpeningLabel ? 'La mairie est fermée en ce moment ; prochaine ouverture : ' + hours.nextOpeningLabel + '.' : '');
      if (now) { box.appendChild(el('p', { text: now })); }
      if (hours.note) { box.appendChild(el('p', {}, [el('small', { text: hours.note })])); }
    }).catch(function () {
      box.textContent = 'Les horaires d’ouverture ne peuvent pas être affichés pour le moment.';
    }).then(function () { box.setAttribute('aria-busy', 'false'); });
  }

  // ----- children and their registrations -----

  function fullName(child) {
    return [child.firstName, child.lastName].filter(Boolean).join(' ') || 'Enfant';
  }

  function selectedChild() {
    if (!state.family) { return null; }
    return state.family.children.filter(function (c) { return c.childId === state.childId; })[0] || null;
  }

  function renderChildren() {
    childrenBox.textContent = '';
    var children = state.family.children;
    if (!children.length) {
      childrenBox.appendChild(el('p', { class: 'notice', text: 'Aucun enfant n’est encore enregistré dans votre dossier « Structures Enfance Jeunesse ». '
        + 'Adressez-vous au service Enfance Jeunesse aux heures d’ouverture de la mairie.' }));
      return;
    }
    var fieldset = el('fieldset', {}, [el('legend', { text: 'Enfant' })]);
    children.forEach(function (child) {
      var id = 'enfant-' + child.childId;
      var radio = el('input', { type: 'radio', name: 'enfant', id: id, value: child.childId });
      radio.checked = child.childId === state.childId;
      radio.addEventListener('change', function () { chooseChild(child.childId, true); });
      var counts = [];
      if (child.pending.length) { counts.push(child.pending.length + ' en attente'); }
      if (child.current.length) { counts.push(child.current.length + ' en cours'); }
      fieldset.appendChild(el('label', { for: id }, [radio, fullName(child) + (counts.length ? ' (' + counts.join(', ') + ')' : '')]));
    });
    childrenBox.appendChild(fieldset);
  }

  function stateBadge(registration) {
    return el('span', { class: 'etat etat--' + registration.state, text: registration.stateLabel });
  }

  function registrationItem(registration, withActions) {
    var lines = [el('strong', { text: registration.activityName }), ' ', stateBadge(registration)];
    var info = el('p', {}, []);
    info.appendChild(document.createTextNode('Demande envoyée le ' + frenchDateTime(registration.requestedAt) + '.'));
    if (registration.state === 'VALIDEE') {
      info.appendChild(document.createTextNode(' Validée le ' + frenchDateTime(registration.decidedAt)
        + (registration.automatic ? ' (validation automatique)' : '') + ' ; saison du ' + frenchDate(registration.seasonStart)
        + ' au ' + frenchDate(registration.seasonEnd) + '.'));
    } else if (registration.state === 'REFUSEE') {
      info.appendChild(document.createTextNode(' Refusée le ' + frenchDateTime(registration.decidedAt) + '. Motif : ' + registration.refusalReason));
    } else if (registration.state === 'ANNULEE') {
      info.appendChild(document.createTextNode(' Annulée le ' + frenchDateTime(registration.cancelledAt) + '.'));
    }
    var item = el('li', {}, [el('div', {}, lines), info]);
    if (withActions) {
      var actions = el('div', { class: 'actions' });
      if (registration.reservationsUrl) {
        actions.appendChild(el('a', { href: registration.reservationsUrl, role: 'button', text: 'Mes réservations' }));
      }
      var label = registration.state === 'ENVOYEE' ? 'Annuler la demande' : 'Annuler l’inscription';
      var cancel = el('button', { type: 'button', class: 'secondary outline', text: label });
      cancel.addEventListener('click', function () { cancelRegistration(registration, label); });
      actions.appendChild(cancel);
      item.appendChild(actions);
    }
    return item;
  }

  function registrationList(id, title, registrations, withActions, emptyText) {
    var block = el('div', { id: id }, [el('h3', { text: title })]);
    if (!registrations.length) {
      block.appendChild(el('p', { text: emptyText }));
    } else {
      block.appendChild(el('ul', { class: 'inscription-liste' }, registrations.map(function (r) { return registrationItem(r, withActions); })));
    }
    return block;
  }

  function renderDetail() {
    var child = selectedChild();
    if (!child) { detail.hidden = true; return; }
    detail.hidden = false;
    detailTitle.textContent = 'Inscriptions ' + (/^[aeiouyàâéèêëîïôœùûh]/i.test(fullName(child)) ? 'd’' : 'de ') + fullName(child);
    registrationsBox.textContent = '';
    registrationsBox.appendChild(registrationList('en-attente', 'Demandes en attente de traitement', child.pending, true,
      'Aucune demande en attente.'));
    registrationsBox.appendChild(registrationList('en-cours', 'Inscriptions en cours', child.current, true,
      'Aucune inscription en cours : faites une « Nouvelle inscription ».'));
    if (child.closed.length) {
      var history = el('details', {}, [el('summary', { text: 'Demandes refusées ou annulées (' + child.closed.length + ')' })]);
      history.appendChild(el('ul', { class: 'inscription-liste' }, child.closed.map(function (r) { return registrationItem(r, false); })));
      registrationsBox.appendChild(history);
    }
    if (!state.family.fileComplete) {
      newButton.disabled = true;
      impossible.hidden = false;
      impossible.textContent = 'Votre dossier famille doit être complet pour demander une inscription. '
        + 'Adressez-vous au service Enfance Jeunesse aux heures d’ouverture de la mairie.';
      newButton.setAttribute('aria-describedby', 'nouvelle-impossible');
    } else {
      newButton.disabled = false;
      impossible.hidden = true;
      newButton.removeAttribute('aria-describedby');
    }
  }

  function chooseChild(childId, focus) {
    state.childId = childId;
    form.hidden = true;
    renderDetail();
    if (focus) { detailTitle.focus(); }
  }

  function load() {
    return api('/api/registrations/me').then(function (family) {
      state.family = family;
      if (!selectedChild() && family.children.length === 1) { state.childId = family.children[0].childId; }
      renderChildren();
      renderDetail();
      return family;
    });
  }

  // ----- a new request -----

  function holds(child, activityId) {
    return child.pending.concat(child.current).some(function (r) { return r.activityId === activityId; });
  }

  function activityChoice(activity, child) {
    var id = 'activite-' + activity.id;
    var taken = holds(child, activity.id);
    var radio = el('input', { type: 'radio', name: 'activite', id: id, value: activity.id, required: 'required' });
    radio.disabled = taken;
    var facts = [
      'De ' + activity.ageMin + ' à ' + activity.ageMax + ' ans au ' + frenchDate(activity.season.start) + ' ; ' + activity.season.label + '.',
      'Jours : ' + activity.weekdaysLabel + '. ' + activity.deadline.description
    ];
    if (activity.autoApprove) { facts.push('Inscription validée automatiquement quand votre dossier famille est complet.'); }
    if (taken) { facts.push('Déjà demandée ou en cours pour ' + child.firstName + '.'); }
    return el('div', { class: 'choix-activite' }, [
      el('label', { for: id }, [radio, el('strong', { text: activity.name })]),
      activity.description ? el('small', { text: activity.description }) : null,
      el('small', { text: facts.join(' ') })
    ]);
  }

  function openNewRequest() {
    var child = selectedChild();
    if (!child) { return; }
    form.hidden = false;
    activitiesBox.textContent = 'Chargement des activités…';
    activitiesBox.setAttribute('aria-busy', 'true');
    document.getElementById('activites-legende').textContent = 'Choisissez l’activité souhaitée pour ' + child.firstName;
    api('/api/registrations/activities?childId=' + encodeURIComponent(child.childId)).then(function (activities) {
      activitiesBox.textContent = '';
      if (!activities.length) {
        activitiesBox.appendChild(el('p', { text: 'Aucune activité n’est ouverte aux inscriptions pour l’âge de ' + child.firstName + '.' }));
        return;
      }
      activities.forEach(function (activity) { activitiesBox.appendChild(activityChoice(activity, child)); });
      var first = activitiesBox.querySelector('input:not([disabled])');
      if (first) { first.focus(); }
    }).catch(function (error) {
      activitiesBox.textContent = '';
      warn(error.message);
    }).then(function () { activitiesBox.setAttribute('aria-busy', 'false'); });
  }

  function submitNewRequest(event) {
    event.preventDefault();
    var child = selectedChild();
    var chosen = form.querySelector('input[name="activite"]:checked');
    if (!chosen) {
      warn('Choisissez l’activité souhaitée avant de valider.');
      var first = form.querySelector('input[name="activite"]:not([disabled])');
      if (first) { first.focus(); }
      return;
    }
    var submit = form.querySelector('button[type="submit"]');
    submit.disabled = true;
    submit.setAttribute('aria-busy', 'true');
    api('/api/registrations', 'POST', { childId: child.childId, activityId: chosen.value }).then(function (registration) {
      form.hidden = true;
      say('Votre demande d’inscription de ' + child.firstName + ' à « ' + registration.activityName
        + ' » est envoyée. Elle est en attente de traitement.');
      keepWatching();
      return load();
    }).catch(function (error) {
      warn(error.message);
    }).then(function () {
      submit.disabled = false;
      submit.removeAttribute('aria-busy');
    });
  }

  function cancelRegistration(registration, label) {
    if (!window.confirm(label + ' « ' + registration.activityName + ' » ?')) { return; }
    api('/api/registrations/' + encodeURIComponent(registration.id) + '/cancellation', 'POST').then(function () {
      say(registration.state === 'ENVOYEE' ? 'Votre demande d’inscription à « ' + registration.activityName + ' » est annulée.'
        : 'L’inscription à « ' + registration.activityName + ' » est annulée.');
      return load();
    }).catch(function (error) { warn(error.message); });
  }

  // ----- decisions arriving later -----

  function pendingStates(family) {
    var states = {};
    family.children.forEach(function (child) {
      child.pending.concat(child.current, child.closed).forEach(function (r) { states[r.id] = r; });
    });
    return states;
  }

  function keepWatching() {
    state.pollUntil = Date.now() + POLL_FOR_MS;
    if (!state.timer) { state.timer = window.setTimeout(poll, POLL_EVERY_MS); }
  }

  function poll() {
    state.timer = null;
    var before = state.family ? pendingStates(state.family) : {};
    load().then(function (family) {
      var after = pendingStates(family);
      var decided = Object.keys(before).filter(function (id) {
        return before[id].state === 'ENVOYEE' && after[id] && after[id].state !== 'ENVOYEE';
      });
      decided.forEach(function (id) {
        var r = after[id];
        say('La demande d’inscription de ' + (r.childFirstName || '') + ' à « ' + r.activityName + ' » est '
          + (r.state === 'VALIDEE' ? 'validée : vous pouvez réserver des jours.' : r.stateLabel.toLowerCase() + '.'));
      });
      var stillPending = family.children.some(function (c) { return c.pending.length > 0; });
      if (stillPending && Date.now() < state.pollUntil) { state.timer = window.setTimeout(poll, POLL_EVERY_MS); }
    }).catch(function () { /* the next action will show the error */ });
  }

  newButton.addEventListener('click', openNewRequest);
  cancelNew.addEventListener('click', function () { form.hidden = true; newButton.focus(); });
  form.addEventListener('submit', submitNewRequest);

  // arriving from a child's card on « Ma famille »: its new request form, or its pending or current registrations
  function arrive() {
    if (!selectedChild()) { return; }
    if (new URLSearchParams(window.location.search).get('nouvelle') && !newButton.disabled) {
      openNewRequest();
      form.scrollIntoView();
    } else if (window.location.hash) {
      var target = document.getElementById(window.location.hash.substring(1));
      if (target) { target.scrollIntoView(); }
    }
  }

  showOpeningHours();
  load().then(function (family) {
    childrenBox.setAttribute('aria-busy', 'false');
    arrive();
    if (family.children.some(function (c) { return c.pending.length > 0; })) { keepWatching(); }
  }).catch(function (error) {
    childrenBox.setAttribute('aria-busy', 'false');
    childrenBox.textContent = '';
    warn(error.message);
  });
})();
