// « Ma famille »: the children's cards, their registrations from the dashboard, and the form a family uses to
// change what it may change about a child. Vanilla, no build step; every text goes through textContent.
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
    (children || []).forEach(function (child) { if (child) { node.appendChild(child); } });
    return node;
  }

  function field(id, label, value, type) {
    return el('label', { for: id, text: label }, [
      el('input', { id: id, name: id, type: type || 'text', value: value == null ? '' : value, autocomplete: 'off' })
    ]);
  }

  var message = document.getElementById('famille-message');
  var list = document.getElementById('enfants-liste');

  function say(text) { message.textContent = text; }

  function birth(child) {
    if (!child.birthDate) { return 'Date de naissance non renseignée'; }
    var date = new Date(child.birthDate + 'T12:00:00').toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
    return 'Né(e) le ' + date + (child.age != null ? ' (' + child.age + ' ans)' : '');
  }

  function registrations(child, lines, state, title) {
    var mine = lines.filter(function (l) { return l.kind === 'REGISTRATION' && l.childId === child.id && l.state === state; });
    if (!mine.length) { return null; }
    return el('div', {}, [
      el('h4', { text: title }),
      el('ul', {}, mine.map(function (l) { return el('li', { text: l.title + ' — ' + l.stateLabel }); }))
    ]);
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
      el('button', { type: 'submit', text: 'Enregistrer les informations de ' + child.firstName })
    ]);
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
      say('Enregistrement en cours…');
      api('/api/families/me/children/' + encodeURIComponent(child.id), 'PUT', body)
        .then(function () { say('Les informations de ' + child.firstName + ' ont été enregistrées.'); return load(); })
        .catch(function (error) { say(error.message); });
    });
    return el('details', {}, [el('summary', { text: 'Modifier les informations de ' + child.firstName }), form]);
  }

  function card(child, lines) {
    var register = '/inscriptions?enfant=' + encodeURIComponent(child.id);
    return el('article', { 'aria-labelledby': 'titre-' + child.id }, [
      el('header', {}, [el('h3', { id: 'titre-' + child.id, text: child.firstName + ' ' + child.lastName })]),
      el('p', { text: birth(child) }),
      el('p', { text: [child.school, child.schoolClass].filter(Boolean).join(' — ') || 'École non renseignée' }),
      el('p', { text: child.pickUp.nobody ? 'Aucune autre personne autorisée à venir le chercher.'
        : child.pickUp.persons.length + ' personne(s) autorisée(s) à venir le chercher.' }),
      registrations(child, lines, 'PENDING', 'Inscriptions en attente de traitement'),
      registrations(child, lines, 'ACCEPTED', 'Inscriptions en cours'),
      el('p', {}, [
        el('a', { href: register, role: 'button', text: 'Nouvelle inscription' }), document.createTextNode(' '),
        el('a', { href: register, text: 'Voir les inscriptions de ' + child.firstName })
      ]),
      editForm(child)
    ]);
  }

  function load() {
    list.setAttribute('aria-busy', 'true');
    return Promise.all([api('/api/families/me'), api('/api/families/me/dashboard').catch(function () { return []; })])
      .then(function (answers) {
        var family = answers[0], lines = answers[1];
        list.replaceChildren();
        if (!family.children.length) {
          list.appendChild(el('p', { text: 'Aucun enfant n’est inscrit à votre dossier. Adressez-vous au service.' }));
        }
        family.children.forEach(function (child) { list.appendChild(card(child, lines)); });
      })
      .catch(function (error) { list.replaceChildren(el('p', { text: error.message })); })
      .finally(function () { list.setAttribute('aria-busy', 'false'); });
  }

  load();
})();
