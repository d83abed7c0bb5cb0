// Back-office « Facturation »: run a month (in the background, followed until done), invoices and payments of the
// month, desk payments, credit notes, CSV.
(function () {
  'use strict';

  var euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
  var UNAVAILABLE = 'Le service de facturation ne répond pas. Merci de réessayer dans quelques instants.';
  var RUNS = '/api/billing/invoicing-runs';
  var FOLLOW_EVERY_MS = 1000;

  // The portal's API; a failure without a French answer (network, gateway page) gets one.
  function api(url, method, body) {
    return window.Portail.api(url, method, body).catch(function (error) {
      if (error instanceof TypeError || error instanceof SyntaxError) { throw new Error(UNAVAILABLE); }
      throw error;
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

  // « 2026-11 » as staff read it: « novembre 2026 ».
  function monthLabel(value) {
    var parts = value.split('-');
    return new Date(Number(parts[0]), Number(parts[1]) - 1, 1)
      .toLocaleDateString('fr-FR', { month: 'long', year: 'numeric' });
  }

  // One form per action, built from its <template>; the id it carries makes a double submit count once.
  function actionForm(templateId, invoice, url, body, done) {
    var form = document.getElementById(templateId).content.firstElementChild.cloneNode(true);
    var requestId = uuid();
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var data = new FormData(form);
      var submit = form.querySelector('button[type="submit"]');
      submit.disabled = true;
      api(url, 'POST', body(data, requestId)).then(function () {
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
    list.appendChild(table('Factures de ' + monthLabel(month()) + ' (' + invoices.length + ')',
      ['Numéro', 'Famille', 'Montant', 'Payé', 'Avoirs', 'Reste à payer', 'État', 'Actions'], invoices.map(invoiceRow)));
  }

  function showPayments(payments) {
    var list = document.getElementById('paiements-liste');
    list.textContent = '';
    if (!payments.length) {
      list.appendChild(el('p', {}, ['Aucun paiement reçu ce mois-ci.']));
      return;
    }
    list.appendChild(table('Paiements de ' + monthLabel(month()), ['Date', 'Facture', 'Famille', 'Moyen', 'Référence', 'Montant',
      'Enregistré par'], payments.map(function (p) {
      return el('tr', {}, [el('td', {}, [when(p.receivedAt)]), el('td', {}, [p.invoiceNumber]),
        el('td', {}, [p.payerName]), el('td', {}, [p.methodLabel]), el('td', {}, [p.reference || '']),
        el('td', {}, [money(p.amount)]), el('td', {}, [p.recordedBy || 'en ligne'])]);
    })));
  }

  // ---- invoicing runs: requested, then followed until done ----

  var following = null;

  function pending(run) { return run.state === 'REQUESTED' || run.state === 'RUNNING'; }

  function count(n, one, many) { return n + ' ' + (n > 1 ? many : one); }

  function stamp(iso) {
    if (!iso) { return ''; }
    var d = new Date(iso);
    return d.toLocaleDateString('fr-FR') + ' à ' + d.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' });
  }

  function runBadge(run) {
    var look = { REQUESTED: ['badge--a-payer', ''], RUNNING: ['badge--a-payer', '⏳ '], DONE: ['badge--payee', '✓ '],
      FAILED: ['badge--en-retard', '⚠ '] };
    var style = look[run.state] || ['', ''];
    return el('span', { 'class': 'badge ' + style[0] }, [style[1] + run.stateLabel]);
  }

  function runSummary(run) {
    var issued = count(run.invoicesIssued, 'facture émise', 'factures émises');
    var skipped = count(run.familiesSkipped, 'famille écartée', 'familles écartées');
    switch (run.state) {
      case 'REQUESTED': return 'Émission demandée le ' + stamp(run.requestedAt) + ' par ' + run.requestedBy
        + ' : elle commence dans un instant.';
      case 'RUNNING': return 'Émission en cours : ' + run.familiesDone + ' famille(s) traitée(s) sur '
        + run.familiesTotal + ', ' + issued + ' pour le mois.';
      case 'DONE': return 'Émission terminée le ' + stamp(run.finishedAt) + ' : ' + issued + ', ' + skipped + '.';
      default: return 'Émission interrompue le ' + stamp(run.finishedAt) + '. ' + (run.failureReason || '');
    }
  }

  function relaunchForm(run) {
    var button = el('button', { type: 'button', 'class': 'secondary', id: 'emission-relancer' },
      ['Relancer ' + run.monthLabel]);
    button.addEventListener('click', function () {
      button.disabled = true;
      api(RUNS + '/' + encodeURIComponent(run.id) + '/relaunch', 'POST').then(follow).catch(function (error) {
        message(error.message);
        button.disabled = false;
      });
    });
    return el('div', { 'class': 'emission-relance' }, [button, el('p', { 'class': 'aide' }, ['Relancer n’émet une '
      + 'facture qu’aux familles qui n’en ont pas encore pour ce mois (par exemple après l’ajout d’un tarif manquant) ; '
      + 'les factures déjà émises ne changent pas.'])]);
  }

  function showRun(run, note) {
    var out = document.getElementById('emission-resultat');
    out.textContent = '';
    out.appendChild(el('p', { 'class': 'emission-etat' }, [el('strong', {}, ['Factures de ' + run.monthLabel + ' : ']),
      runBadge(run)]));
    if (note) { out.appendChild(el('p', {}, [note])); }
    out.appendChild(el('p', { id: 'emission-resume' }, [runSummary(run)]));
    if (run.state === 'RUNNING' && run.familiesTotal) {
      out.appendChild(el('progress', { value: String(run.familiesDone), max: String(run.familiesTotal),
        'aria-label': 'Avancement de l’émission' }));
    }
    if (run.skipped.length) {
      out.appendChild(el('p', {}, ['Familles écartées (à reprendre après correction, puis relancer le mois) :']));
      out.appendChild(el('ul', {}, run.skipped.map(function (s) { return el('li', {}, [s.familyId + ' — ' + s.reason]); })));
    }
    if (!pending(run)) { out.appendChild(relaunchForm(run)); }
  }

  function emitButton(busy) {
    var button = document.querySelector('#emission-formulaire button');
    button.disabled = busy;
    if (busy) { button.setAttribute('aria-busy', 'true'); } else { button.removeAttribute('aria-busy'); }
  }

  // Shows the run, then asks for it again every second until it is over; then shows the month's invoices.
  function follow(run, note) {
    following = run.id;
    showRun(run, note);
    if (!pending(run)) {
      following = null;
      emitButton(false);
      document.getElementById('factures-mois').value = run.month;
      showMonth();
      return;
    }
    emitButton(true);
    setTimeout(function () { poll(run.id); }, FOLLOW_EVERY_MS);
  }

  function poll(id) {
    if (following !== id) { return; }
    api(RUNS + '/' + encodeURIComponent(id)).then(function (run) { follow(run); }).catch(function (error) {
      message(error.message + ' Le suivi de l’émission reprend dans quelques secondes.');
      setTimeout(function () { poll(id); }, 5 * FOLLOW_EVERY_MS);
    });
  }

  function requestRun(m) {
    emitButton(true);
    message('');
    api(RUNS, 'POST', { month: m }).then(function (run) {
      var note = null;
      if (run.state === 'RUNNING') {
        note = 'Une émission de ce mois est déjà en cours : en voici l’avancement.';
      } else if (!pending(run)) {
        note = 'Ce mois a déjà été émis (une seule émission par mois, elle n’est pas refaite).';
      }
      follow(run, note);
    }).catch(function (error) {
      message(error.message);
      emitButton(false);
    });
  }

  function showHistory(runs) {
    var list = document.getElementById('historique-liste');
    list.textContent = '';
    if (!following) {
      var active = runs.filter(pending)[0];
      if (active) { follow(active, 'Une émission est en cours : en voici l’avancement.'); }
    }
    if (!runs.length) {
      list.appendChild(el('p', {}, ['Aucune émission pour le moment.']));
      return;
    }
    list.appendChild(table('Dernières émissions', ['Mois', 'État', 'Demandée le', 'Par', 'Factures émises',
      'Familles écartées', 'Terminée le'], runs.map(function (run) {
      return el('tr', {}, [el('td', {}, [run.monthLabel]), el('td', {}, [runBadge(run)]),
        el('td', {}, [stamp(run.requestedAt)]), el('td', {}, [run.requestedBy || '']),
        el('td', {}, [String(run.invoicesIssued)]), el('td', {}, [String(run.familiesSkipped)]),
        el('td', {}, [stamp(run.finishedAt)])]);
    })));
  }

  function showMonth() {
    var m = month();
    document.getElementById('factures-export').setAttribute('href', '/api/billing/invoices/export.csv?month=' + m);
    return Promise.all([
      api('/api/billing/invoices?month=' + m).then(showInvoices),
      api('/api/billing/payments?month=' + m).then(showPayments),
      api(RUNS).then(showHistory)
    ]).catch(function (error) { message(error.message); });
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
      requestRun(document.getElementById('emission-mois').value);
    });
    document.getElementById('factures-formulaire').addEventListener('submit', function (event) {
      event.preventDefault();
      showMonth();
    });
    showMonth();
  });
})();
