// Back office « Familles » and « Demandes de modification »: one small script for both pages, each part starting
// only when its page is shown. Vanilla, no build step; every text goes through textContent.
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
        var data = text ? JSON.parse(text) : null;
        if (!response.ok) {
          var detail = (data && data.detail) || 'L’opération n’a pas pu aboutir. Merci de réessayer.';
          var extra = ((data && data.erreurs) || []).map(function (e) { return e.message; })
            .concat((data && data.manquant) || []);
          throw new Error([detail].concat(extra).join(' '));
        }
        return data;
      });
    });
  }

  function el(tag, text, attributes) {
    var node = document.createElement(tag);
    if (text != null) { node.textContent = text; }
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    return node;
  }

  function button(text, onClick, secondary, label) {
    var b = el('button', text, { type: 'button' });
    if (label) { b.setAttribute('aria-label', label); }
    if (secondary) { b.className = 'secondary'; }
    b.addEventListener('click', onClick);
    return b;
  }

  function table(caption, headers, rows) {
    var t = el('table');
    t.appendChild(el('caption', caption));
    var head = el('tr');
    headers.forEach(function (h) { head.appendChild(el('th', h, { scope: 'col' })); });
    t.appendChild(el('thead')).appendChild(head);
    var body = t.appendChild(el('tbody'));
    rows.forEach(function (cells) {
      var row = el('tr');
      cells.forEach(function (c) {
        var cell = el('td');
        if (c instanceof Node) { cell.appendChild(c); } else { cell.textContent = c == null ? '' : c; }
        row.appendChild(cell);
      });
      body.appendChild(row);
    });
    return t;
  }

  function when(iso) {
    return iso ? new Date(iso).toLocaleString('fr-FR', { dateStyle: 'medium', timeStyle: 'short' }) : '';
  }

  function day(isoDate) {
    return new Date(isoDate + 'T12:00:00').toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
  }

  function contact(c) {
    if (!c) { return 'Non renseignées'; }
    var a = c.address || {};
    var phones = [c.mobilePhone, c.homePhone, c.workPhone].filter(Boolean).join(' / ');
    return [[a.street, a.postalCode, a.city].filter(Boolean).join(' '), phones].filter(Boolean).join(' — ') || 'Non renseignées';
  }

  function value(id) { return document.getElementById(id).value; }

  // ---- « Familles »: search, open a file, complete it, read health notes (audited), add a child, set the QF
  function families() {
    var message = document.getElementById('familles-message');
    var results = document.getElementById('familles-resultats');
    var section = document.getElementById('dossier');
    var content = document.getElementById('dossier-contenu');

    function say(text) { message.textContent = text; }

    function search(q) {
      return api('/api/families?q=' + encodeURIComponent(q || '')).then(function (found) {
        results.replaceChildren(table('Familles trouvées (' + found.length + ')',
          ['N° de dossier', 'Famille', 'Titulaire du compte', 'Enfants', 'Dossier', 'Action'],
          found.map(function (f) {
            return [f.id, f.name, f.accountHolder + (f.email ? ' (' + f.email + ')' : ''), String(f.children),
              f.stateLabel, button('Ouvrir le dossier ' + f.name, function () { open(f.id); }, true)];
          })));
        say(found.length ? found.length + ' famille(s) trouvée(s).' : 'Aucune famille ne correspond à cette recherche.');
      }).catch(function (error) { say(error.message); });
    }

    function list(title, items) {
      var box = el('div');
      box.appendChild(el('h4', title));
      var ul = box.appendChild(el('ul'));
      items.forEach(function (i) { ul.appendChild(el('li', i)); });
      return box;
    }

    function healthButton(family, child) {
      var out = el('div', null, { 'aria-live': 'polite' });
      var b = button('Voir les informations de santé de ' + child.firstName, function () {
        api('/api/families/' + family.id + '/children/' + child.id + '/health-notes').then(function (answer) {
          var h = answer.health || {};
          out.replaceChildren(el('p', 'Allergies : ' + (h.allergies || 'aucune signalée') + ' — PAI : ' +
            (h.pai ? 'oui' + (h.paiDetails ? ' (' + h.paiDetails + ')' : '') : 'non') + ' — Régime : ' + (h.diet || 'aucun') +
            ' — Médecin : ' + ([h.doctorName, h.doctorPhone].filter(Boolean).join(' ') || 'non renseigné')),
          el('small', 'Cette consultation est enregistrée dans le journal des accès aux données de santé.'));
        }).catch(function (error) { out.replaceChildren(el('p', error.message)); });
      }, true);
      var box = el('div');
      box.appendChild(b);
      box.appendChild(out);
      return box;
    }

    function childForm(family) {
      var form = el('form');
      form.innerHTML = '<div class="grid"><label for="ne-prenom">Prénom <input id="ne-prenom" required></label>' +
        '<label for="ne-nom">Nom <input id="ne-nom" required></label>' +
        '<label for="ne-naissance">Date de naissance <input id="ne-naissance" type="date"></label></div>' +
        '<div class="grid"><label for="ne-ecole">École <input id="ne-ecole"></label>' +
        '<label for="ne-classe">Classe <input id="ne-classe"></label></div>' +
        '<label for="ne-aucune"><input id="ne-aucune" type="checkbox"> Aucune personne autorisée à venir le chercher ' +
        '(en plus des responsables)</label><button type="submit">Ajouter l’enfant</button>';
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        api('/api/families/' + family.id + '/children', 'POST', {
          firstName: value('ne-prenom'), lastName: value('ne-nom'), birthDate: value('ne-naissance') || null,
          school: value('ne-ecole'), schoolClass: value('ne-classe'),
          pickUp: { persons: [], nobody: document.getElementById('ne-aucune').checked }
        }).then(function (updated) { show(updated); say('L’enfant a été ajouté au dossier.'); })
          .catch(function (error) { say(error.message); });
      });
      var details = el('details');
      details.appendChild(el('summary', 'Ajouter un enfant'));
      details.appendChild(form);
      return details;
    }

    function quotientForm(family) {
      var form = el('form');
      form.innerHTML = '<div class="grid"><label for="qf-valeur">Quotient familial <input id="qf-valeur" type="number" ' +
        'min="0" max="99999" required></label><label for="qf-date">Date du justificatif <input id="qf-date" type="date" ' +
        'required></label></div><button type="submit">Enregistrer le quotient</button>';
      if (family.quotient) {
        form.querySelector('#qf-valeur').value = family.quotient.value;
        form.querySelector('#qf-date').value = family.quotient.proofDate;
      }
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        api('/api/families/' + family.id + '/quotient', 'PUT', {
          value: value('qf-valeur') === '' ? null : Number(value('qf-valeur')), proofDate: value('qf-date') || null
        }).then(function (updated) { show(updated); say('Le quotient familial a été enregistré.'); })
          .catch(function (error) { say(error.message); });
      });
      var details = el('details');
      details.appendChild(el('summary', 'Modifier le quotient familial'));
      details.appendChild(form);
      return details;
    }

    function show(family) {
      section.hidden = false;
      document.getElementById('dossier-titre').textContent = family.name + ' — dossier n° ' + family.id;
      content.replaceChildren();
      content.appendChild(el('p', family.stateLabel + (family.completedAt ? ', déclaré complet le ' + when(family.completedAt) : '') +
        (family.pendingContactChanges ? ' — ' + family.pendingContactChanges + ' demande(s) de modification en attente' : '')));
      if (family.completeness.missing.length) { content.appendChild(list('Pièces manquantes', family.completeness.missing)); }
      if (family.completeness.warnings.length) { content.appendChild(list('À vérifier', family.completeness.warnings)); }
      content.appendChild(el('h3', 'Responsables légaux'));
      content.appendChild(table('Responsables légaux', ['Nom', 'E-mail', 'Coordonnées', 'Employeur'],
        family.guardians.map(function (g) {
          return [g.firstName + ' ' + g.lastName + (g.accountHolder ? ' (titulaire du compte)' : ''), g.email || 'Non renseigné',
            contact({ address: g.address, mobilePhone: g.mobilePhone, homePhone: g.homePhone, workPhone: g.workPhone }),
            g.employer || ''];
        })));
      content.appendChild(el('h3', 'Enfants'));
      family.children.forEach(function (c) {
        var article = el('article');
        article.appendChild(el('h4', c.firstName + ' ' + c.lastName));
        article.appendChild(el('p', (c.birthDate ? 'Né(e) le ' + day(c.birthDate) + (c.age != null ? ' (' + c.age + ' ans)' : '')
          : 'Date de naissance non renseignée') + ' — ' + ([c.school, c.schoolClass].filter(Boolean).join(', ') || 'école non renseignée')));
        article.appendChild(el('p', 'Personnes autorisées : ' + (c.pickUp.nobody ? 'aucune' : (c.pickUp.persons.map(function (p) {
          return p.firstName + ' ' + p.lastName + (p.relationship ? ' (' + p.relationship + ')' : '');
        }).join(', ') || 'non renseignées')) + ' — Droit à l’image : ' +
          (c.imageConsent == null ? 'non renseigné' : (c.imageConsent ? 'accordé' : 'refusé'))));
        article.appendChild(healthButton(family, c));
        content.appendChild(article);
      });
      content.appendChild(childForm(family));
      content.appendChild(el('h3', 'Quotient familial'));
      content.appendChild(el('p', family.quotient ? family.quotient.value + ' (justificatif du ' + day(family.quotient.proofDate) + ')'
        : 'Non renseigné : le tarif le plus élevé s’applique.'));
      content.appendChild(quotientForm(family));
      if (family.state === 'INCOMPLETE') {
        content.appendChild(button('Déclarer le dossier complet', function () {
          api('/api/families/' + family.id + '/completion', 'POST').then(function (updated) {
            show(updated);
            say('Le dossier est complet : le compte de la famille est ouvert et le responsable reçoit un e-mail.');
          }).catch(function (error) { say(error.message); });
        }));
      }
      section.focus();
    }

    function open(id) {
      return api('/api/families/' + encodeURIComponent(id)).then(show).catch(function (error) { say(error.message); });
    }

    document.getElementById('recherche-form').addEventListener('submit', function (event) {
      event.preventDefault();
      search(value('recherche'));
    });
    document.getElementById('nouvelle-famille').addEventListener('submit', function (event) {
      event.preventDefault();
      var quotient = value('nf-qf') === '' ? null : { value: Number(value('nf-qf')), proofDate: value('nf-qf-date') || null };
      api('/api/families', 'POST', {
        guardian: { firstName: value('nf-prenom'), lastName: value('nf-nom'), email: value('nf-email') || null,
          address: { street: value('nf-rue'), postalCode: value('nf-cp'), city: value('nf-commune') },
          mobilePhone: value('nf-tel') },
        quotient: quotient
      }).then(function (family) { show(family); say('Le dossier ' + family.id + ' a été ouvert.'); })
        .catch(function (error) { say(error.message); });
    });
    search('');
  }

  // ---- « Demandes de modification »: the queue, oldest first; apply, or refuse with a reason
  function changeRequests() {
    var message = document.getElementById('modifications-message');
    var box = document.getElementById('modifications-liste');
    var filter = document.getElementById('filtre-etat');

    function say(text) { message.textContent = text; }

    function actions(request) {
      if (request.state !== 'PENDING') { return request.refusalReason ? 'Motif : ' + request.refusalReason : ''; }
      var cell = el('div');
      var reasonId = 'motif-' + request.id;
      var refusal = el('div');
      refusal.hidden = true;
      refusal.appendChild(el('label', 'Motif du refus (visible par la famille)', { for: reasonId }));
      var reason = refusal.appendChild(el('input', null, { id: reasonId, required: 'required' }));
      refusal.appendChild(button('Confirmer le refus', function () {
        decide(request, 'refusal', { reason: reason.value }, 'La demande de ' + request.guardianName + ' a été refusée.');
      }));
      cell.appendChild(button('Appliquer', function () {
        decide(request, 'approval', undefined, 'Les coordonnées de ' + request.guardianName + ' ont été modifiées.');
      }, false, 'Appliquer la demande de ' + request.guardianName));
      cell.appendChild(button('Refuser…', function () { refusal.hidden = false; reason.focus(); }, true,
        'Refuser la demande de ' + request.guardianName));
      cell.appendChild(refusal);
      return cell;
    }

    function decide(request, decision, body, done) {
      api('/api/families/contact-changes/' + encodeURIComponent(request.id) + '/' + decision, 'POST', body)
        .then(function () { say(done); return load(); })
        .catch(function (error) { say(error.message); });
    }

    function load() {
      box.setAttribute('aria-busy', 'true');
      return api('/api/families/contact-changes?state=' + filter.value).then(function (requests) {
        box.replaceChildren(requests.length ? table('Demandes (' + requests.length + ')',
          ['Reçue le', 'Famille', 'Responsable', 'Coordonnées actuelles', 'Coordonnées demandées', 'État', 'Action'],
          requests.map(function (r) {
            return [when(r.requestedAt), r.familyName + ' (' + r.familyId + ')', r.guardianName, contact(r.current),
              contact(r.proposed), r.stateLabel, actions(r)];
          })) : el('p', 'Aucune demande dans cet état.'));
      }).catch(function (error) { say(error.message); })
        .finally(function () { box.setAttribute('aria-busy', 'false'); });
    }

    filter.addEventListener('change', load);
    load();
  }

  if (document.getElementById('recherche-form')) { families(); }
  if (document.getElementById('modifications-liste')) { changeRequests(); }
})();
