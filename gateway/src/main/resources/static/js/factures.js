// « Mes factures »: the family's invoices from billing-service, online payment, PDF, attestation.
(function () {
  'use strict';

  var euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
  var UNAVAILABLE = 'Le service de facturation ne répond pas. Merci de réessayer dans quelques instants.';

  function xsrfToken() {
    var match = document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : null;
  }

  function problem(response) {
    return response.json().catch(function () { return {}; }).then(function (body) {
      var error = new Error(body.detail || UNAVAILABLE);
      error.status = response.status;
      throw error;
    });
  }

  function api(url, options) {
    options = options || {};
    options.credentials = 'same-origin';
    options.headers = Object.assign({ 'Accept': 'application/json' }, options.headers || {});
    if (options.method && options.method !== 'GET') {
      var token = xsrfToken();
      if (token) { options.headers['X-XSRF-TOKEN'] = token; }
    }
    return fetch(url, options).catch(function () { throw new Error(UNAVAILABLE); })
      .then(function (response) { return response.ok ? response.json() : problem(response); });
  }

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function money(value) { return euros.format(Number(value)); }

  function day(iso) {
    return new Date(iso.length === 10 ? iso + 'T12:00:00' : iso)
      .toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
  }

  function message(text) {
    var box = document.getElementById('factures-message');
    box.textContent = text;
    box.hidden = !text;
  }

  function badge(invoice) {
    var look = { PAYEE: ['badge--payee', '✓ '], A_PAYER: ['badge--a-payer', ''], EN_RETARD: ['badge--en-retard', '⚠ '] };
    var style = look[invoice.state] || ['', ''];
    return el('span', { 'class': 'badge ' + style[0] }, [style[1] + invoice.stateLabel]);
  }

  function linesTable(invoice) {
    var rows = invoice.lines.map(function (line) {
      return el('tr', {}, [el('td', {}, [line.childName]), el('td', {}, [line.activityName]),
        el('td', {}, [line.unitLabel]), el('td', {}, [String(line.days)]), el('td', {}, [money(line.unitPrice)]),
        el('td', {}, [money(line.amount)])]);
    });
    return el('table', {}, [
      el('caption', {}, ['Détail de la facture ' + invoice.number]),
      el('thead', {}, [el('tr', {}, ['Enfant', 'Activité', 'Unité', 'Jours', 'Prix unitaire', 'Montant']
        .map(function (h) { return el('th', { scope: 'col' }, [h]); }))]),
      el('tbody', {}, rows)]);
  }

  function history(invoice) {
    var items = invoice.payments.map(function (p) {
      return el('li', {}, [day(p.receivedAt) + ' — ' + p.methodLabel + ' : ' + money(p.amount)]);
    }).concat(invoice.creditNotes.map(function (c) {
      return el('li', {}, [day(c.issuedAt) + ' — avoir ' + (c.number || '') + ' (' + c.reason + ') : ' + money(c.amount)]);
    }));
    if (!items.length) { return el('p', {}, ['Aucun paiement enregistré pour cette facture.']); }
    return el('ul', {}, items);
  }

  function pay(invoice, button) {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    api('/api/billing/invoices/' + encodeURIComponent(invoice.id) + '/payments', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}'
    }).then(function (started) {
      location.href = started.redirectUrl;
    }).catch(function (error) {
      message(error.message);
      button.disabled = false;
      button.removeAttribute('aria-busy');
    });
  }

  function card(invoice) {
    var title = 'Facture de ' + invoice.monthLabel;
    var details = el('dl', {}, [
      el('dt', {}, ['Numéro']), el('dd', {}, [invoice.number]),
      el('dt', {}, ['État']), el('dd', {}, [badge(invoice)]),
      el('dt', {}, ['Montant']), el('dd', {}, [money(invoice.total)]),
      el('dt', {}, ['Reste à payer']), el('dd', {}, [money(invoice.balance)]),
      el('dt', {}, ['À payer avant le']), el('dd', {}, [day(invoice.dueDate)])]);
    var actions = el('div', { 'class': 'facture-actions' }, [
      el('a', { href: invoice.pdfUrl, target: '_blank', rel: 'noopener' },
        ['Télécharger la facture ' + invoice.number + ' (PDF)'])]);
    if (Number(invoice.balance) > 0) {
      var button = el('button', { type: 'button' }, ['Payer en ligne ' + money(invoice.balance)]);
      button.addEventListener('click', function () { pay(invoice, button); });
      actions.insertBefore(button, actions.firstChild);
    }
    var more = el('details', {}, [el('summary', {}, ['Détail et historique des paiements']), linesTable(invoice),
      el('h4', {}, ['Paiements et avoirs']), history(invoice)]);
    if (invoice.note) { more.appendChild(el('p', {}, [invoice.note])); }
    return el('article', { 'class': 'facture', 'aria-label': title }, [el('h3', {}, [title]), details, actions, more]);
  }

  function render(mine) {
    var list = document.getElementById('factures-liste');
    list.textContent = '';
    list.removeAttribute('aria-busy');
    var balance = document.getElementById('factures-solde');
    balance.textContent = Number(mine.balance) > 0
      ? 'Reste à payer sur l’ensemble de vos factures : ' + money(mine.balance) + (mine.late ? ' (dont des factures en retard).' : '.')
      : 'Vous n’avez rien à payer.';
    if (!mine.invoices.length) {
      list.appendChild(el('p', {}, ['Aucune facture pour le moment. Les factures sont émises au début de chaque mois.']));
      return;
    }
    mine.invoices.forEach(function (invoice) { list.appendChild(card(invoice)); });
  }

  function load() {
    return api('/api/billing/invoices/me').then(render).catch(function (error) {
      document.getElementById('factures-liste').removeAttribute('aria-busy');
      document.getElementById('factures-solde').textContent = error.message;
    });
  }

  // Back from the payment page: say how the payment ended (the notification may follow a moment later).
  function backFromPayment(attempt) {
    var reference = new URLSearchParams(location.search).get('paiement');
    if (!reference) { return; }
    api('/api/billing/payments/' + encodeURIComponent(reference)).then(function (payment) {
      if (payment.state === 'PENDING' && (attempt || 0) < 5) {
        message('Paiement en cours de confirmation…');
        setTimeout(function () { backFromPayment((attempt || 0) + 1); }, 1500);
        return;
      }
      var texts = {
        PAID: 'Paiement accepté : ' + money(payment.amount) + ' pour la facture ' + payment.invoiceNumber + '. Merci !',
        REFUSED: 'Paiement refusé : aucune somme n’a été prélevée. Vous pouvez réessayer.',
        ABANDONED: 'Paiement abandonné : aucune somme n’a été prélevée.',
        PENDING: 'Votre paiement est en attente de confirmation par la banque.'
      };
      message(texts[payment.state] || payment.stateLabel);
      load();
    }).catch(function (error) { message(error.message); });
  }

  function attestationYears() {
    var select = document.getElementById('attestation-annee');
    var year = new Date().getFullYear();
    for (var y = year; y >= year - 3; y--) {
      select.appendChild(el('option', { value: String(y) }, [String(y)]));
    }
    document.getElementById('attestation-formulaire').addEventListener('submit', function (event) {
      event.preventDefault();
      var out = document.getElementById('attestation-message');
      out.hidden = true;
      var url = '/api/billing/attestations/' + encodeURIComponent(select.value) + '.pdf';
      fetch(url, { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) { return problem(response); }
        return response.blob().then(function (pdf) {
          var link = el('a', { href: URL.createObjectURL(pdf), download: 'attestation-frais-de-garde-' + select.value + '.pdf' });
          document.body.appendChild(link);
          link.click();
          link.remove();
        });
      }).catch(function (error) {
        out.textContent = error.message || UNAVAILABLE;
        out.hidden = false;
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    attestationYears();
    load().then(function () { backFromPayment(0); });
  });
})();
