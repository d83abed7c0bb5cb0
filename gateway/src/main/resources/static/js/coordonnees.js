// « Mes coordonnées »: read them, send a change request (never the e-mail), follow or withdraw it.
(function () {
  'use strict';

  var api = window.Portail.api;

  function el(tag, text, attributes) {
    var node = document.createElement(tag);
    if (text != null) { node.textContent = text; }
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    return node;
  }

  function $(id) { return document.getElementById(id); }

  var data = null;
  var form = $('demande-form');
  var message = $('coordonnees-message');

  function address(contact) {
    var a = contact.address || {};
    return [a.street, [a.postalCode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || 'Non renseignée';
  }

  function phones(contact) {
    return [['Portable', contact.mobilePhone], ['Domicile', contact.homePhone], ['Professionnel', contact.workPhone]]
      .filter(function (p) { return p[1]; }).map(function (p) { return p[0] + ' : ' + p[1]; }).join(' ; ') || 'Aucun';
  }

  function when(iso) {
    return iso ? new Date(iso).toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short' }) : '';
  }

  function showGuardians() {
    var box = $('coordonnees-actuelles');
    box.replaceChildren();
    data.guardians.forEach(function (g) {
      var dl = el('dl');
      [['E-mail (identifiant)', g.email || 'Non renseigné'], ['Adresse', address(g.contact)], ['Téléphones', phones(g.contact)]]
        .forEach(function (row) { dl.appendChild(el('dt', row[0])); dl.appendChild(el('dd', row[1])); });
      box.appendChild(el('h3', g.firstName + ' ' + g.lastName + (g.me ? ' (vous)' : '')));
      box.appendChild(dl);
    });
    box.setAttribute('aria-busy', 'false');
  }

  function fillForm() {
    var select = $('responsable');
    select.replaceChildren();
    data.guardians.forEach(function (g) {
      var option = el('option', g.firstName + ' ' + g.lastName, { value: g.id });
      option.selected = g.me;
      select.appendChild(option);
    });
    $('responsable-label').hidden = data.guardians.length < 2;
    prefill();
  }

  function prefill() {
    var guardian = data.guardians.filter(function (g) { return g.id === $('responsable').value; })[0] || data.guardians[0];
    var a = guardian.contact.address || {};
    $('email').value = guardian.email || '';
    $('rue').value = a.street || '';
    $('code-postal').value = a.postalCode || '';
    $('commune').value = a.city || '';
    $('tel-portable').value = guardian.contact.mobilePhone || '';
    $('tel-domicile').value = guardian.contact.homePhone || '';
    $('tel-travail').value = guardian.contact.workPhone || '';
    // one pending request per guardian: the form waits until it is decided or withdrawn
    var pending = data.requests.filter(function (r) { return r.state === 'PENDING' && r.guardianId === guardian.id; })[0];
    $('demande-champs').disabled = !!pending;
    $('demande-impossible').hidden = !pending;
    $('demande-impossible').textContent = pending ? 'Une demande de modification des coordonnées de ' + pending.guardianName +
      ' est en attente de traitement : vous pourrez en envoyer une nouvelle dès que le service l’aura traitée, ou si vous ' +
      'l’annulez.' : '';
  }

  function showPending() {
    var pending = data.requests.filter(function (r) { return r.state === 'PENDING'; });
    var box = $('attente-contenu');
    box.replaceChildren();
    $('demande-en-attente').hidden = !pending.length;
    pending.forEach(function (r) {
      box.appendChild(el('p', 'Demande envoyée le ' + when(r.requestedAt) + ' pour ' + r.guardianName + ' : ' +
        address(r.proposed) + ' — ' + phones(r.proposed) + '. État : ' + r.stateLabel + '.'));
      var cancel = el('button', 'Annuler cette demande', { type: 'button', class: 'secondary' });
      cancel.addEventListener('click', function () {
        api('/api/families/me/contact-changes/' + encodeURIComponent(r.id) + '/withdrawal', 'POST')
          .then(function () { message.textContent = 'Votre demande a été annulée.'; return load(); })
          .catch(function (error) { message.textContent = error.message; });
      });
      box.appendChild(cancel);
    });
  }

  function showHistory() {
    var box = $('historique');
    box.replaceChildren();
    if (!data.requests.length) { box.appendChild(el('p', 'Vous n’avez envoyé aucune demande de modification.')); return; }
    var table = el('table');
    table.appendChild(el('caption', 'Vos demandes de modification de coordonnées, de la plus récente à la plus ancienne'));
    var head = el('tr');
    ['Envoyée le', 'Responsable', 'Coordonnées demandées', 'État'].forEach(function (h) { head.appendChild(el('th', h, { scope: 'col' })); });
    table.appendChild(el('thead')).appendChild(head);
    var body = table.appendChild(el('tbody'));
    data.requests.forEach(function (r) {
      var row = el('tr');
      [when(r.requestedAt), r.guardianName, address(r.proposed) + ' — ' + phones(r.proposed),
        r.stateLabel + (r.refusalReason ? ' : ' + r.refusalReason : '')].forEach(function (c) { row.appendChild(el('td', c)); });
      body.appendChild(row);
    });
    box.appendChild(table);
  }

  function load() {
    return api('/api/families/me/contact-details').then(function (answer) {
      data = answer;
      showGuardians();
      fillForm();
      showPending();
      showHistory();
    }).catch(function (error) { $('coordonnees-actuelles').replaceChildren(el('p', error.message)); });
  }

  $('responsable').addEventListener('change', prefill);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var body = {
      guardianId: $('responsable').value || null,
      address: { street: $('rue').value, postalCode: $('code-postal').value, city: $('commune').value },
      mobilePhone: $('tel-portable').value, homePhone: $('tel-domicile').value, workPhone: $('tel-travail').value
    };
    message.textContent = 'Envoi de votre demande…';
    api('/api/families/me/contact-changes', 'POST', body)
      .then(function () {
        message.textContent = 'Votre demande a été transmise au service : elle est en attente de traitement. ' +
          'Vos coordonnées seront modifiées dès qu’un agent l’aura acceptée.';
        return load();
      })
      .catch(function (error) { message.textContent = error.message; });
  });

  load();
})();
