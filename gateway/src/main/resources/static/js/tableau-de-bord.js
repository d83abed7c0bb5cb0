// « Mon tableau de bord »: the family's requests, newest first, with their state in words (never a colour alone).
(function () {
  'use strict';

  var REFRESH_MS = 20000;
  var list = document.getElementById('demandes-liste');
  var message = document.getElementById('demandes-message');
  var lastSeen = null;

  var api = window.Portail.api;

  function el(tag, text, attributes) {
    var node = document.createElement(tag);
    if (text != null) { node.textContent = text; }
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    return node;
  }

  function when(iso) {
    return iso ? new Date(iso).toLocaleString('fr-FR', { dateStyle: 'medium', timeStyle: 'short' }) : '';
  }

  function state(line) {
    var cell = el('td');
    cell.appendChild(el('strong', line.stateLabel, { class: 'etat etat--' + line.state.toLowerCase() }));
    if (line.reason) { cell.appendChild(el('span', ' — motif : ' + line.reason)); }
    if (line.note) { cell.appendChild(el('span', ' — ' + line.note)); }
    if (line.updatedAt && line.updatedAt !== line.sentAt) { cell.appendChild(el('small', ' (le ' + when(line.updatedAt) + ')')); }
    return cell;
  }

  function render(lines) {
    list.replaceChildren();
    if (!lines.length) {
      list.appendChild(el('p', 'Vous n’avez encore envoyé aucune demande.'));
      return;
    }
    var table = el('table');
    table.appendChild(el('caption', 'Historique de vos demandes, de la plus récente à la plus ancienne'));
    var head = el('tr');
    ['Envoyée le', 'Demande', 'Objet', 'État'].forEach(function (h) { head.appendChild(el('th', h, { scope: 'col' })); });
    table.appendChild(el('thead')).appendChild(head);
    var body = table.appendChild(el('tbody'));
    lines.forEach(function (line) {
      var row = el('tr');
      row.appendChild(el('td', when(line.sentAt)));
      row.appendChild(el('th', line.kindLabel, { scope: 'row' }));
      row.appendChild(el('td', line.title));
      row.appendChild(state(line));
      body.appendChild(row);
    });
    list.appendChild(table);
  }

  function load(announce) {
    list.setAttribute('aria-busy', 'true');
    return api('/api/families/me/dashboard').then(function (lines) {
      var fingerprint = JSON.stringify(lines);
      if (fingerprint !== lastSeen) {
        render(lines);
        if (lastSeen !== null || announce) { message.textContent = 'Vos demandes ont été mises à jour.'; }
        lastSeen = fingerprint;
      } else if (announce) {
        message.textContent = 'Vos demandes sont à jour.';
      }
    }).catch(function (error) { message.textContent = error.message; })
      .finally(function () { list.setAttribute('aria-busy', 'false'); });
  }

  document.getElementById('actualiser').addEventListener('click', function () { load(true); });
  setInterval(function () { if (!document.hidden) { load(false); } }, REFRESH_MS);
  load(false);
})();
