package fr.portailfamilles.identity.account.password;

import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** « Définir mon mot de passe » and « Mot de passe oublié », the pages a mailed link leads to. */
@Controller
class PasswordPages {

    private final SettingPasswords passwords;
    private final PasswordLinkProperties properties;

    PasswordPages(SettingPasswords passwords, PasswordLinkProperties properties) {
        this.passwords = passwords;
        this.properties = properties;
    }

    @GetMapping("/mot-de-passe/definir")
    String choose(@RequestParam(name = "jeton", required = false) String token, Model model) {
        Optional<Account> account = passwords.accountOfLink(token);
        if (account.isEmpty()) {
            return "mot-de-passe/lien-invalide";
        }
        model.addAttribute("jeton", token);
        model.addAttribute("identifiant", account.get().email());
        return "mot-de-passe/definir";
    }

    @PostMapping("/mot-de-passe/definir")
    String set(@RequestParam(name = "jeton", required = false) String token,
            @RequestParam(name = "motDePasse", defaultValue = "") String password,
            @RequestParam(name = "confirmation", defaultValue = "") String confirmation, Model model) {
        Optional<Account> account = passwords.accountOfLink(token);
        if (account.isEmpty()) {
            return "mot-de-passe/lien-invalide";
        }
        model.addAttribute("jeton", token);
        model.addAttribute("identifiant", account.get().email());
        if (!password.equals(confirmation)) {
            model.addAttribute("erreur", "Les deux mots de passe saisis ne sont pas identiques.");
            return "mot-de-passe/definir";
        }
        try {
            passwords.setWithLink(token, password);
        } catch (DomainProblem refused) {
            model.addAttribute("erreur", refused.getMessage());
            return "mot-de-passe/definir";
        }
        return "redirect:/mot-de-passe/enregistre";
    }

    @GetMapping("/mot-de-passe/enregistre")
    String saved(Model model) {
        model.addAttribute("portail", properties.publicUrl() + "/");
        return "mot-de-passe/enregistre";
    }

    @GetMapping("/mot-de-passe/oublie")
    String forgotten(@RequestParam(name = "envoye", required = false) String sent, Model model) {
        model.addAttribute("envoye", sent != null);
        return "mot-de-passe/oublie";
    }

    @PostMapping("/mot-de-passe/oublie")
    String sendLink(@RequestParam(name = "email", defaultValue = "") String email, Model model) {
        try {
            passwords.requestLink(email);
        } catch (DomainProblem invalid) {
            model.addAttribute("envoye", false);
            model.addAttribute("email", email);
            model.addAttribute("erreur", invalid.getMessage());
            return "mot-de-passe/oublie";
        }
        return "redirect:/mot-de-passe/oublie?envoye";
    }
}
