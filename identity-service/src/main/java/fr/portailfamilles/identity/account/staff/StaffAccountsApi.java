package fr.portailfamilles.identity.account.staff;

import fr.portailfamilles.identity.account.domain.Role;
import fr.portailfamilles.identity.account.password.SettingPasswords;
import fr.portailfamilles.identity.account.staff.ManagingAccounts.AccountPage;
import fr.portailfamilles.identity.account.staff.ManagingAccounts.Actor;
import fr.portailfamilles.identity.account.staff.ManagingAccounts.Logins;
import fr.portailfamilles.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The staff API on accounts ({@code STAFF} or {@code ADMIN} role, checked by the security chain). */
@RestController
@RequestMapping("/api/identity/accounts")
class StaffAccountsApi {

    private final ManagingAccounts managing;
    private final SettingPasswords passwords;

    StaffAccountsApi(ManagingAccounts managing, SettingPasswords passwords) {
        this.managing = managing;
        this.passwords = passwords;
    }

    @GetMapping
    AccountPage search(@RequestParam(name = "q", required = false) String text,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return managing.search(text, page, size);
    }

    @GetMapping("/{id}")
    AccountView find(@PathVariable String id) {
        return managing.find(id);
    }

    @PostMapping("/{id}/lock")
    AccountView lock(@PathVariable String id, CurrentUser staff) {
        return managing.lock(id, actor(staff));
    }

    @PostMapping("/{id}/unlock")
    AccountView unlock(@PathVariable String id, CurrentUser staff) {
        return managing.unlock(id, actor(staff));
    }

    @GetMapping("/{id}/logins")
    Logins logins(@PathVariable String id) {
        return managing.logins(id);
    }

    @PostMapping("/{id}/password-link")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> resendPasswordLink(@PathVariable String id) {
        managing.find(id);
        passwords.mailLink(id);
        return Map.of("message", "Un nouveau lien pour choisir le mot de passe va être envoyé par e-mail.");
    }

    @PutMapping("/{id}/email")
    AccountView changeEmail(@PathVariable String id, @Valid @RequestBody NewEmail body, CurrentUser staff) {
        return managing.changeEmail(id, body.email(), actor(staff));
    }

    private static Actor actor(CurrentUser staff) {
        Set<Role> roles = Arrays.stream(Role.values()).filter(role -> staff.roles().contains(role.name()))
                .collect(Collectors.toSet());
        return new Actor(staff.accountId(), roles);
    }

    /** The body of an e-mail change. */
    record NewEmail(@NotBlank(message = "La nouvelle adresse e-mail est obligatoire.") String email) {
    }
}
