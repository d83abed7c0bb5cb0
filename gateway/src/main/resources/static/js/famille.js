// « Ma famille »: the children's cards, their registrations from the dashboard, and the form a family uses to
// change what it may change about a child. Vanilla, no build step; every text goes through textContent.
(function () {
  'use strict';

  var api = window.Portail.api;

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (name === 'text') { node.textContent = attributes[name]; } else { node.setAttribute(name, attributes[name]); }
    });
    (children || []).forEach(function (child) { if (child) { node.appendChild(child); } });
    return node;
  }

  function field(id, label, value, type) {
    return el('label', { for: id, text: label }, [
      el('input', { id: id, name: id, type: type || 'text', value: value == null ? '' : value, autocomplete: 'off' })
    ]);
  }

  var list = document.getElementById('enfants-liste');

  // « de Noé », « d’Emma »
  function of(name) { return (/^[aeiouyàâéèêëîïôœùûh]/i.test(name) ? 'd’' : 'de ') + name; }

  function birth(child) {
    if (!child.birthDate) { return 'Date de naissance non renseignée'; }
    var date = new Date(child.birthDate + 'T12:00:00').toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
    return 'Né(e) le ' + date + (child.age != null ? ' (' + child.age + ' ans)' : '');
  }

  function registrationsOf(child, lines, state) {
    return lines.filter(function (l) { return l.kind === 'REGISTRATION' && l.childId === child.id && l.state === state; });
  }

  // a list of the child's registrations in one state, with the link to them on « Mes inscriptions »; a current
  // registration also leads to its days on « Mes réservations »
  function registrations(mine, title, href, linkText) {
    if (!mine.length) { return null; }
    return el('div', { class: 'inscriptions-enfant' }, [
      el('h4', { text: title + ' (' + mine.length + ')' }),
      el('ul', {}, mine.map(function (l) {
        var item = el('li', { text: l.activityName || l.title });
        if (l.state === 'ACCEPTED') {
          item.appendChild(document.createTextNode(' — '));
          item.appendChild(el('a', { href: '/reservations?inscription=' + encodeURIComponent(l.requestId),
            text: 'réserver des jours' }));
        }
        return item;
      })),
      el('p', {}, [el('a', { href: href, text: linkText })])
    ]);
  }

  function pickUpSummary(child) {
    if (child.pickUp.nobody) { return 'Aucune autre personne que les responsables légaux n’est autorisée à venir chercher ' + child.firstName + '.'; }
    var count = child.pickUp.persons.length;
    if (!count) { return 'Les personnes autorisées à venir chercher ' + child.firstName + ' ne sont pas renseignées.'; }
    return (count === 1 ? '1 personne autorisée' : count + ' personnes autorisées') + ' à venir chercher ' + child.firstName
      + ' : ' + child.pickUp.persons.map(function (p) { return p.firstName + ' ' + p.lastName; }).join(', ') + '.';
  }

  function personRow(prefix, index, person) {
    var p = person || {};
    return el('fieldset', { class: 'personne' }, [
      el('legend', { text: 'Personne autorisée ' + (index + 1) }),
      field(prefix + '-prenom-' + index, 'Prénom', p.firstName),
      field(prefix + '-nom-' + index, 'Nom', p.lastName),
      field(prefix + '-lien-' + index, 'Lien avec l’enfant', p.relationship),
      field(prefix + '-tel-' + index, 'Téléphone', p.phone, 'tel')
    ]);
  }

  function editForm(child) {
    var prefix = 'enfant-' + child.id;
    var health = child.health || {};
    var persons = el('div', {}, child.pickUp.persons.map(function (p, i) { return personRow(prefix, i, p); }));
    var add = el('button', { type: 'button', class: 'secondary', text: 'Ajouter une personne autorisée' });
    add.addEventListener('click', function () {
      var count = persons.querySelectorAll('fieldset').length;
      if (count < 6) { persons.appendChild(personRow(prefix, count)); }
    });
    var nobody = el('input', { type: 'checkbox', id: prefix + '-aucune', name: prefix + '-aucune' });
    nobody.checked = child.pickUp.nobody;
    var consentYes = el('input', { type: 'radio', id: prefix + '-image-oui', name: prefix + '-image', value: 'oui' });
    var consentNo = el('input', { type: 'radio', id: prefix + '-image-non', name: prefix + '-image', value: 'non' });
    consentYes.checked = child.imageConsent === true;
    consentNo.checked = child.imageConsent === false;
    var pai = el('input', { type: 'checkbox', id: prefix + '-pai', name: prefix + '-pai' });
    pai.checked = !!health.pai;
    var form = el('form', { novalidate: 'novalidate' }, [
      field(prefix + '-ecole', 'École', child.school),
      field(prefix + '-classe', 'Classe', child.schoolClass),
      el('fieldset', {}, [
        el('legend', { text: 'Santé (visible de votre famille et du service uniquement)' }),
        field(prefix + '-allergies', 'Allergies', health.allergies),
        el('label', { for: prefix + '-pai' }, [pai, document.createTextNode(' Un projet d’accueil individualisé (PAI) existe')]),
        field(prefix + '-pai-details', 'Précisions sur le PAI', health.paiDetails),
        field(prefix + '-regime', 'Régime alimentaire', health.diet),
        field(prefix + '-medecin', 'Médecin traitant', health.doctorName),
        field(prefix + '-medecin-tel', 'Téléphone du médecin', health.doctorPhone, 'tel')
      ]),
      el('fieldset', {}, [
        el('legend', { text: 'Personnes autorisées à venir chercher l’enfant (en plus des responsables légaux)' }),
        persons, add,
        el('label', { for: prefix + '-aucune' }, [nobody, document.createTextNode(' Aucune autre personne n’est autorisée')])
      ]),
      el('fieldset', {}, [
        el('legend', { text: 'Droit à l’image : l’enfant peut être photographié ou filmé lors des activités' }),
        el('label', { for: prefix + '-image-oui' }, [consentYes, document.createTextNode(' Oui')]),
        el('label', { for: prefix + '-image-non' }, [consentNo, document.createTextNode(' Non')])
      ]),
      el('button', { type: 'submit', text: 'Enregistrer les informations ' + of(child.firstName) }),
      el('p', { id: prefix + '-etat', role: 'status', 'aria-live': 'polite' })
    ]);
    var status = form.querySelector('[role=status]');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var value = function (suffix) { return form.querySelector('#' + prefix + suffix).value; };
      var people = [];
      persons.querySelectorAll('fieldset').forEach(function (set, i) {
        var first = value('-prenom-' + i), last = value('-nom-' + i);
        if (first || last) {
          people.push({ firstName: first, lastName: last, relationship: value('-lien-' + i), phone: value('-tel-' + i) });
        }
      });
      var body = {
        school: value('-ecole'), schoolClass: value('-classe'),
        health: { allergies: value('-allergies'), pai: pai.checked, paiDetails: value('-pai-details'),
          diet: value('-regime'), doctorName: value('-medecin'), doctorPhone: value('-medecin-tel') },
        pickUp: { persons: people, nobody: nobody.checked },
        imageConsent: consentYes.checked ? true : (consentNo.checked ? false : null)
      };
      status.textContent = 'Enregistrement en cours…';
      api('/api/families/me/children/' + encodeURIComponent(child.id), 'PUT', body)
        .then(function () {
          return load({ childId: child.id, text: 'Les informations ' + of(child.firstName) + ' ont été enregistrées.' });
        })
        .catch(function (error) { status.textContent = error.message; });
    });
    return el('details', {}, [el('summary', { text: 'Modifier les informations ' + of(child.firstName) }), form]);
  }

  function card(child, lines) {
    var page = '/inscriptions?enfant=' + encodeURIComponent(child.id);
    var pending = registrationsOf(child, lines, 'PENDING');
    var current = registrationsOf(child, lines, 'ACCEPTED');
    return el('article', { 'aria-labelledby': 'titre-' + child.id, id: 'carte-' + child.id }, [
      el('header', {}, [el('h3', { id: 'titre-' + child.id, text: child.firstName + ' ' + child.lastName })]),
      el('p', { text: birth(child) }),
      el('p', { text: [child.school, child.schoolClass].filter(Boolean).join(' — ') || 'École non renseignée' }),
      el('p', { text: pickUpSummary(child) }),
      registrations(pending, 'Inscriptions en attente de traitement', page + '#en-attente',
        'Voir les inscriptions en attente ' + of(child.firstName)),
      registrations(current, 'Inscriptions en cours', page + '#en-cours',
        'Aller aux inscriptions en cours ' + of(child.firstName)),
      pending.length || current.length ? null : el('p', { text: 'Aucune inscription en attente ni en cours.' }),
      el('p', { class: 'actions-enfant' }, [
        el('a', { href: page + '&nouvelle=1', role: 'button', text: 'Nouvelle inscription pour ' + child.firstName }),
        el('a', { href: page, text: 'Toutes les inscriptions ' + of(child.firstName) })
      ]),
      editForm(child)
    ]);
  }

  // after a child's information was saved, its card says so and takes the focus
  function confirm(saved) {
    var card = saved && document.getElementById('carte-' + saved.childId);
    if (!card) { return; }
    var note = el('p', { class: 'notice enregistre', tabindex: '-1', text: saved.text });
    card.insertBefore(note, card.children[1]);
    note.focus();
  }

  function load(saved) {
    list.setAttribute('aria-busy', 'true');
    return Promise.all([api('/api/families/me'), api('/api/families/me/dashboard').catch(function () { return []; })])
      .then(function (answers) {
        var family = answers[0], lines = answers[1];
        list.replaceChildren();
        if (!family.children.length) {
          list.appendChild(el('p', { text: 'Aucun enfant n’est inscrit à votre dossier. Adressez-vous au service.' }));
        }
        family.children.forEach(function (child) { list.appendChild(card(child, lines)); });
        confirm(saved);
      })
      .catch(function (error) { list.replaceChildren(el('p', { text: error.message })); })
      .finally(function () { list.setAttribute('aria-busy', 'false'); });
  }

  load();
})();
