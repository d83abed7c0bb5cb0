// Progressive enhancement: without JavaScript the menu stays open; with it, phones get a « Menu » button.
document.documentElement.classList.add('js');
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.menu-toggle').forEach(function (toggle) {
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') === 'true';
      toggle.setAttribute('aria-expanded', String(!open));
    });
  });
});

// The portal's API from the pages: same origin, CSRF header on writes, a problem+json answer becomes
// an Error whose message is its French detail (with the answer's status and Retry-After). New page
// scripts use it rather than a copy of their own.
window.Portail = window.Portail || {};
window.Portail.xsrfToken = function () {
  var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
};
window.Portail.api = function (url, method, body, headers) {
  var options = { method: method || 'GET', credentials: 'same-origin', headers: { 'Accept': 'application/json' } };
  if (options.method !== 'GET') { options.headers['X-XSRF-TOKEN'] = window.Portail.xsrfToken(); }
  Object.keys(headers || {}).forEach(function (name) { options.headers[name] = headers[name]; });
  if (body !== undefined) {
    options.headers['Content-Type'] = 'application/json';
    options.body = JSON.stringify(body);
  }
  return fetch(url, options).then(function (response) {
    return response.text().then(function (text) {
      var data = null;
      try { data = text ? JSON.parse(text) : null; } catch (notJson) { data = null; } // e.g. a proxy's HTML error page
      if (!response.ok) {
        var detail = (data && data.detail) || 'La demande n’a pas pu aboutir. Merci de réessayer.';
        var errors = (data && data.erreurs) || [];
        var failure = new Error([detail].concat(errors.map(function (e) { return e.message; })).join(' '));
        failure.status = response.status;
        failure.retryAfter = Number(response.headers.get('Retry-After')) || null;
        throw failure;
      }
      return data;
    });
  });
};
