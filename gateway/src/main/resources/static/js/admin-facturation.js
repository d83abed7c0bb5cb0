// Back-office « Facturation »: run a month, invoices and payments of the month, desk payments, credit notes, CSV.
(function () {
  'use strict';

  var euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
  var UNAVAILABLE = 'Le service de facturation ne répond pas. Merci de réessayer dans quelques instants.';

  function xsrfToken() {
    var match = document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : null;
  }

  function api(url, options) {
    options = options || {};
    options.credentials = 'same-origin';
    options.headers = Object.assign({ 'Accept': 'application/json' }, options.headers || {});
    if (options.method && options.method !== 'GET') {
      var token = xsrfToken();
      if (token) { options.headers['X-XSRF-TOKEN'] = token; }
      options.headers['Content-Type'] = 'application/json';
    }
    return fetch(url, options).catch(function () { throw new Error(UNAVAILABLE); }).then(function (response) {
      if (response.ok) { return response.json(); }
      return response.json().catch(function () { return {}; }).then(function (body) {
        var details = (body.erreurs || []).map(function (e) { return e.champ + ' : ' + e.message; }).join(' ; ');
        throw new Error((body.detail || UNAVAILABLE) + (details ? ' (' + details + ')' : ''));
      });
    });
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

  function when(iso) { return new Date(iso).toLocaleDateString('fr-FR'); }

  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    return 'id-' + Date.now() + '-' + Math.random().toString(16).slice(2);
  }

  function message(text) {
    var box = document.getElementById('facturation-message');
    box.textContent = text;
    box.hidden = !text;
  }

  function badge(invoice) {
    var look = { PAYEE: ['badge--payee', '✓ '], A_PAYER: ['badge--a-payer', ''], EN_RETARD: ['badge--en-retard', '⚠ '] };
    var style = look[invoice.state] || ['', ''];
    return el('span', { 'class': 'badge ' + style[0] }, [style[1] + invoice.stateLabel]);
  }

  function table(caption, headers, rows) {
    return el('table', { 'class': 'facturation-table' }, [el('caption', {}, [caption]),
      el('thead', {}, [el('tr', {}, headers.map(function (h) { return el('th', { scope: 'col' }, [h]); }))]),
      el('tbody', {}, rows)]);
  }

  function month() { return document.getElementById('factures-mois').value; }

  // One form per action, built from its <template>; the id it carries makes a double submit count once.
  function actionForm(templateId, invoice, url, body, done) {
    var form = document.getElementById(templateId).content.firstElementChild.cloneNode(true);
    var requestId = uuid();
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var data = new FormData(form);
      var submit = form.querySelector('button[type="submit"]');
      submit.disabled = true;
      api(url, { method: 'POST', body: JSON.stringify(body(data, requestId)) }).then(function () {
        message(done(invoice));
        showMonth();
      }).catch(function (error) {
        message(error.message);
        submit.disabled = false;
      });
    });
    return form;
  }

  function paymentForm(invoice) {
    return actionForm('modele-paiement', invoice, '/api/billing/invoices/' + invoice.id + '/offline-payments',
      function (data, id) {
        return { paymentId: id, amount: data.get('amount'), method: data.get('method'),
          reference: data.get('reference') || null, receivedOn: data.get('receivedOn') || null };
      }, function (i) { return 'Paiement enregistré sur la facture ' + i.number + '.'; });
  }

  function creditForm(invoice) {
    return actionForm('modele-avoir', invoice, '/api/billing/invoices/' + invoice.id + '/credit-notes',
      function (data, id) { return { creditNoteId: id, amount: data.get('amount'), reason: data.get('reason') }; },
      function (i) { return 'Avoir émis sur la facture ' + i.number + '.'; });
  }

  // The form opens on a row of its own under the invoice, the whole width of the table.
  function toggle(row, build) {
    var next = row.nextElementSibling;
    var open = next && next.classList.contains('facturation-action-row') ? next : null;
    if (open) {
      var same = open.getAttribute('data-form') === build.name;
      open.remove();
      if (same) { return; }
    }
    var form = build();
    var formRow = el('tr', { 'class': 'facturation-action-row', 'data-form': build.name },
      [el('td', { colspan: '8' }, [form])]);
    row.parentNode.insertBefore(formRow, row.nextSibling);
    form.querySelector('input').focus();
  }

  function invoiceRow(invoice) {
    var actionsCell = el('td', {});
    var row;
    var pdf = el('a', { href: invoice.pdfUrl, target: '_blank', rel: 'noopener' }, ['PDF']);
    var pay = el('button', { type: 'button', 'class': 'secondary' }, ['Paiement']);
    var credit = el('button', { type: 'button', 'class': 'secondary' }, ['Avoir']);
    pay.setAttribute('aria-label', 'Enregistrer un paiement sur la facture ' + invoice.number);
    credit.setAttribute('aria-label', 'Émettre un avoir sur la facture ' + invoice.number);
    pay.addEventListener('click', function () { toggle(row, function paiement() { return paymentForm(invoice); }); });
    credit.addEventListener('click', function () { toggle(row, function avoir() { return creditForm(invoice); }); });
    actionsCell.appendChild(el('div', { 'class': 'actions' }, [pdf, pay, credit]));
    row = el('tr', {}, [el('td', { 'class': 'numero' }, [invoice.number]), el('td', {}, [invoice.payerName + ' (' + invoice.familyId + ')']),
      el('td', {}, [money(invoice.total)]), el('td', {}, [money(invoice.paid)]), el('td', {}, [money(invoice.credited)]),
      el('td', {}, [money(invoice.balance)]), el('td', {}, [badge(invoice)]), actionsCell]);
    return row;
  }

  function showInvoices(invoices) {
    var list = document.getElementById('factures-liste');
    list.textContent = '';
    if (!invoices.length) {
      list.appendChild(el('p', {}, ['Aucune facture émise pour ce mois.']));
      return;
    }
    list.appendChild(table('Factures de ' + month() + ' (' + invoices.length + ')',
      ['Numéro', 'Famille', 'Montant', 'Payé', 'Avoirs', 'Reste à payer', 'État', 'Actions'], invoices.map(invoiceRow)));
  }

  function showPayments(payments) {
    var list = document.getElementById('paiements-liste');
    list.textContent = '';
    if (!payments.length) {
      list.appendChild(el('p', {}, ['Aucun paiement reçu ce mois-ci.']));
      return;
    }
    list.appendChild(table('Paiements de ' + month(), ['Date', 'Facture', 'Famille', 'Moyen', 'Référence', 'Montant',
      'Enregistré par'], payments.map(function (p) {
      return el('tr', {}, [el('td', {}, [when(p.receivedAt)]), el('td', {}, [p.invoiceNumber]),
        el('td', {}, [p.payerName]), el('td', {}, [p.methodLabel]), el('td', {}, [p.reference || '']),
        el('td', {}, [money(p.amount)]), el('td', {}, [p.recordedBy || 'en ligne'])]);
    })));
  }

  function showHistory(runs) {
    var list = document.getElementById('historique-liste');
    list.textContent = '';
    if (!runs.length) {
      list.appendChild(el('p', {}, ['Aucune émission pour le moment.']));
      return;
    }
    list.appendChild(table('Dernières émissions', ['Date', 'Mois', 'Par', 'Factures émises', 'Déjà facturées', 'Écartées'],
      runs.map(function (run) {
        return el('tr', {}, [el('td', {}, [new Date(run.ranAt).toLocaleString('fr-FR')]), el('td', {}, [run.month]),
          el('td', {}, [run.ranBy || '']), el('td', {}, [String(run.issued.length)]),
          el('td', {}, [String(run.alreadyInvoiced)]), el('td', {}, [String(run.skipped.length)])]);
      })));
  }

  function showMonth() {
    var m = month();
    document.getElementById('factures-export').setAttribute('href', '/api/billing/invoices/export.csv?month=' + m);
    return Promise.all([
      api('/api/billing/invoices?month=' + m).then(showInvoices),
      api('/api/billing/payments?month=' + m).then(showPayments),
      api('/api/billing/invoicing-runs').then(showHistory)
    ]).catch(function (error) { message(error.message); });
  }

  function showRun(report) {
    var out = document.getElementById('emission-resultat');
    out.textContent = '';
    out.appendChild(el('p', {}, [report.issued.length + ' facture(s) émise(s) pour ' + report.month + ', '
      + report.alreadyInvoiced + ' famille(s) déjà facturée(s).']));
    if (report.skipped.length) {
      out.appendChild(el('p', {}, ['Familles écartées (à reprendre après correction, puis relancer le mois) :']));
      out.appendChild(el('ul', {}, report.skipped.map(function (s) {
        return el('li', {}, [s.familyId + ' — ' + s.reason]);
      })));
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var now = new Date();
    var current = now.getFullYear() + '-' + String(now.getMonth() + 1).padStart(2, '0');
    var previous = new Date(now.getFullYear(), now.getMonth() - 1, 1);
    document.getElementById('emission-mois').value = previous.getFullYear() + '-'
      + String(previous.getMonth() + 1).padStart(2, '0');
    document.getElementById('emission-mois').max = current;
    document.getElementById('factures-mois').value = document.getElementById('emission-mois').value;

    document.getElementById('emission-formulaire').addEventListener('submit', function (event) {
      event.preventDefault();
      var button = event.target.querySelector('button');
      var m = document.getElementById('emission-mois').value;
      button.disabled = true;
      button.setAttribute('aria-busy', 'true');
      api('/api/billing/invoicing-runs', { method: 'POST', body: JSON.stringify({ month: m }) }).then(function (report) {
        showRun(report);
        document.getElementById('factures-mois').value = m;
        return showMonth();
      }).catch(function (error) { message(error.message); }).then(function () {
        button.disabled = false;
        button.removeAttribute('aria-busy');
      });
    });
    document.getElementById('factures-formulaire').addEventListener('submit', function (event) {
      event.preventDefault();
      showMonth();
    });
    showMonth();
  });
})();
