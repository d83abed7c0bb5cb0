package fr.portailfamilles.identity.account.me;

import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.account.domain.AccountState;
import fr.portailfamilles.identity.account.domain.Role;
import fr.portailfamilles.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The holder's own account, whoever they are (parent or staff): {@code /api/identity/me}. */
@RestController
@RequestMapping("/api/identity/me")
class MyAccountApi {

    private final MyAccount myAccount;

    MyAccountApi(MyAccount myAccount) {
        this.myAccount = myAccount;
    }

    @GetMapping
    Me me(CurrentUser holder) {
        return Me.of(myAccount.find(holder.accountId()));
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@Valid @RequestBody PasswordChange change, CurrentUser holder,
            HttpServletRequest request) {
        myAccount.changePassword(holder.accountId(), change.currentPassword(), change.newPassword(),
                request.getRemoteAddr());
    }

    /** The body of a password change. */
    record PasswordChange(@NotBlank(message = "Le mot de passe actuel est obligatoire.") String currentPassword,
            @NotBlank(message = "Le nouveau mot de passe est obligatoire.") String newPassword) {
    }

    /** What a holder sees of their account. */
    record Me(String id, String email, String displayName, List<Role> roles, String familyId, AccountState state,
            Instant lastLoginAt) {

        static Me of(Account account) {
            var logins = account.lastLogins();
            return new Me(account.id(), account.email(), account.displayName(),
                    account.roles().stream().sorted().toList(), account.familyId(), account.state(),
                    logins.isEmpty() ? null : logins.get(logins.size() - 1).at());
        }
    }
}
