package fr.portailfamilles.identity.login;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** « Connexion — Portail Familles »: the form is processed by Spring Security on {@code POST /connexion}. */
@Controller
class LoginPage {

    private final Clock clock;

    LoginPage(Clock clock) {
        this.clock = clock;
    }

    @GetMapping("/connexion")
    String show(@RequestParam(name = "erreur", required = false) String error, HttpSession session, Model model) {
        if (error != null) {
            Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("erreur", messageFor(failure));
            model.addAttribute("suspendue", failure instanceof LoginPaused);
        }
        return "connexion";
    }

    private String messageFor(Object failure) {
        if (failure instanceof LoginPaused paused) {
            long minutes = Math.max(1, (Duration.between(clock.instant(), paused.until()).toSeconds() + 59) / 60);
            return "Trop de tentatives de connexion ont échoué. Par sécurité, la connexion est suspendue pendant "
                    + minutes + (minutes > 1 ? " minutes" : " minute")
                    + ". Vous pouvez aussi choisir un nouveau mot de passe avec « Mot de passe oublié ? ».";
        }
        if (failure instanceof LockedException) {
            return "Votre compte est verrouillé. Contactez le service Enfance Jeunesse de la mairie.";
        }
        return "Identifiant ou mot de passe incorrect.";
    }
}
