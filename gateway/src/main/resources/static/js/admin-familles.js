// Back office « Familles » and « Demandes de modification »: one small script for both pages, each part starting
// only when its page is shown. Vanilla, no build step; every text goes through textContent.
(function () {
  'use strict';

  var api = window.Portail.api;

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

  // contact details one labelled line each; with {@code before}, the lines that differ from it are marked
  function contactLines(c, before) {
    var rows = function (d) {
      var a = (d && d.address) || {};
      return [['Adresse', [a.street, [a.postalCode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')],
        ['Portable', d && d.mobilePhone], ['Domicile', d && d.homePhone], ['Travail', d && d.workPhone]];
    };
    var old = before ? rows(before) : null;
    var box = el('div', null, { class: 'coordonnees' });
    rows(c).forEach(function (row, i) {
      var changed = old && (old[i][1] || '') !== (row[1] || '');
      if (!row[1] && !changed) { return; }
      var line = box.appendChild(el('div'));
      line.appendChild(el('span', row[0] + ' : '));
      line.appendChild(el(changed ? 'mark' : 'span', row[1] || '(retiré)'));
      if (changed) { line.appendChild(el('span', ' (modifié)', { class: 'modifie' })); }
    });
    return box;
  }

  function value(id) { return document.getElementById(id).value; }

  // ---- « Familles »: search, open a file, complete it, read health notes (audited), add a child, set the QF
  function families() {
    var message = document.getElementById('familles-message');
    var results = document.getElementById('familles-resultats');
    var section = document.getElementById('dossier');
    var content = document.getElementById('dossier-contenu');

    function say(text) { message.textContent = text; }

    // what became of an action on the open file, said at the top of the file where the agent is working
    var fileMessage = document.getElementById('dossier-message');
    function sayInFile(text) { fileMessage.textContent = text; }

    var searches = 0;
    function search(q) {
      var mine = ++searches;
      return api('/api/families?q=' + encodeURIComponent(q || '')).then(function (found) {
        if (mine !== searches) { return; } // a later search was asked for meanwhile: its answer is the one to show
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
        }).then(function (updated) { show(updated); sayInFile('L’enfant a été ajouté au dossier.'); })
          .catch(function (error) { sayInFile(error.message); });
      });
      var details = el('details');
      details.appendChild(el('summary', 'Ajouter un enfant'));
      details.appendChild(form);
      return details;
    }

    function labelled(id, label, current, type) {
      var field = el('label', label + ' ', { for: id });
      var input = field.appendChild(el('input', null, { id: id, type: type || 'text' }));
      input.value = current == null ? '' : current;
      return field;
    }

    function grid(fields) {
      var row = el('div', null, { class: 'grid' });
      fields.forEach(function (f) { row.appendChild(f); });
      return row;
    }

    // a guardian as staff change them, e-mail included: the e-mail is the family's login, which follows it
    function guardianForm(family, g) {
      var p = 'rl-' + g.id + '-';
      var a = g.address || {};
      var form = el('form', null, { novalidate: 'novalidate' });
      form.appendChild(grid([labelled(p + 'prenom', 'Prénom', g.firstName), labelled(p + 'nom', 'Nom', g.lastName)]));
      form.appendChild(labelled(p + 'email', 'Adresse e-mail (identifiant de connexion)', g.email, 'email'));
      form.appendChild(el('small', 'Quand cette adresse est l’identifiant du compte de la famille, le compte prend la ' +
        'nouvelle adresse et l’ancienne comme la nouvelle en sont averties par e-mail.', { id: p + 'email-aide' }));
      form.querySelector('input[type=email]').setAttribute('aria-describedby', p + 'email-aide');
      form.appendChild(labelled(p + 'rue', 'Numéro et rue', a.street));
      form.appendChild(grid([labelled(p + 'cp', 'Code postal', a.postalCode), labelled(p + 'commune', 'Commune', a.city)]));
      form.appendChild(grid([labelled(p + 'portable', 'Téléphone portable', g.mobilePhone, 'tel'),
        labelled(p + 'domicile', 'Téléphone du domicile', g.homePhone, 'tel'),
        labelled(p + 'travail', 'Téléphone professionnel', g.workPhone, 'tel')]));
      form.appendChild(labelled(p + 'employeur', 'Employeur (facultatif)', g.employer));
      form.appendChild(el('button', 'Enregistrer ' + g.firstName + ' ' + g.lastName, { type: 'submit' }));
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var email = value(p + 'email').trim();
        var name = value(p + 'prenom') + ' ' + value(p + 'nom');
        api('/api/families/' + family.id + '/guardians/' + g.id, 'PUT', {
          firstName: value(p + 'prenom'), lastName: value(p + 'nom'), email: email || null,
          address: { street: value(p + 'rue'), postalCode: value(p + 'cp'), city: value(p + 'commune') },
          mobilePhone: value(p + 'portable'), homePhone: value(p + 'domicile'), workPhone: value(p + 'travail'),
          employer: value(p + 'employeur')
        }).then(function (updated) {
          show(updated);
          sayInFile('Les informations de ' + name + ' ont été enregistrées.' +
            (email.toLowerCase() !== (g.email || '') ? ' Nouvelle adresse e-mail : ' + email.toLowerCase() + '.' : ''));
        }).catch(function (error) { sayInFile(error.message); });
      });
      var details = el('details');
      details.appendChild(el('summary', 'Modifier ' + g.firstName + ' ' + g.lastName));
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
        }).then(function (updated) { show(updated); sayInFile('Le quotient familial a été enregistré.'); })
          .catch(function (error) { sayInFile(error.message); });
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
      family.guardians.forEach(function (g) { content.appendChild(guardianForm(family, g)); });
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
            sayInFile('Le dossier est complet : le compte de la famille est ouvert et le responsable reçoit un e-mail.');
          }).catch(function (error) { sayInFile(error.message); });
        }));
      }
      section.focus({ preventScroll: true });
      section.scrollIntoView();
    }

    function open(id) {
      sayInFile('');
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
      }).then(function (family) { show(family); sayInFile('Le dossier ' + family.id + ' a été ouvert.'); })
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
            return [when(r.requestedAt), r.familyName + ' (' + r.familyId + ')', r.guardianName, contactLines(r.current),
              contactLines(r.proposed, r.current), r.stateLabel, actions(r)];
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
