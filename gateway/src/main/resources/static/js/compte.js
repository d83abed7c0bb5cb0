// « Mon compte »: who is signed in, change the password, sign out (of the portal and of the identity service).
(function () {
  'use strict';

  function $(id) { return document.getElementById(id); }

  document.addEventListener('DOMContentLoaded', function () {
    window.Portail.api('/api/identity/me').then(function (me) {
      $('compte-identite').textContent = 'Vous êtes connecté(e) en tant que ' + (me.displayName || me.name || '')
        + ' — identifiant : ' + me.email + '.';
    }).catch(function (error) { $('compte-identite').textContent = error.message; });

    $('mdp-form').addEventListener('submit', function (event) {
      event.preventDefault();
      var message = $('mdp-message');
      if ($('mdp-nouveau').value !== $('mdp-confirmation').value) {
        message.textContent = 'Les deux saisies du nouveau mot de passe sont différentes.';
        $('mdp-confirmation').focus();
        return;
      }
      window.Portail.api('/api/identity/me/password', 'POST', {
        currentPassword: $('mdp-actuel').value, newPassword: $('mdp-nouveau').value
      }).then(function () {
        $('mdp-form').reset();
        message.textContent = 'Votre mot de passe est modifié. Un e-mail de confirmation vous est envoyé.';
      }).catch(function (error) { message.textContent = error.message; });
    });

    // the logout is a form POST, protected like every write made with the session cookie
    $('deconnexion-form').addEventListener('submit', function () {
      $('deconnexion-csrf').value = window.Portail.xsrfToken();
    });
  });
})();
