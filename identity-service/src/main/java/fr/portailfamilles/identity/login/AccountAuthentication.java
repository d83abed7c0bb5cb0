package fr.portailfamilles.identity.login;

import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.account.domain.AccountState;
import fr.portailfamilles.identity.account.domain.Accounts;
import fr.portailfamilles.identity.account.domain.LoginRecord;
import fr.portailfamilles.identity.login.AuthEvents.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks an e-mail and a password against the accounts. Paused logins are refused before the
 * password is even looked at; an unknown login costs the same hashing time as a known one. The
 * authenticated principal's name is the account id, which becomes the {@code sub} of the tokens.
 */
@Component
public class AccountAuthentication implements AuthenticationProvider {

    private final Accounts accounts;
    private final LoginAttempts attempts;
    private final AuthEvents events;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String unknownAccountHash;

    AccountAuthentication(Accounts accounts, LoginAttempts attempts, AuthEvents events, PasswordEncoder encoder,
            Clock clock) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.events = events;
        this.encoder = encoder;
        this.clock = clock;
        this.unknownAccountHash = encoder.encode("no account has this password, it only spends time");
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String login = attempt.getName() == null ? "" : attempt.getName().strip().toLowerCase(Locale.ROOT);
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String address = addressOf(attempt);
        Optional<Instant> paused = attempts.pausedUntil(login, address);
        if (paused.isPresent()) {
            events.record(Outcome.PAUSED, login, null, address);
            throw new LoginPaused(paused.get());
        }
        Optional<Account> account = accounts.findByEmail(login);
        String hash = account.map(Account::passwordHash).orElse(null);
        boolean matches = encoder.matches(password, hash == null ? unknownAccountHash : hash) && hash != null;
        if (!matches) {
            attempts.failed(login, address);
            events.record(Outcome.WRONG_CREDENTIALS, login, account.map(Account::id).orElse(null), address);
            throw new BadCredentialsException("Identifiant ou mot de passe incorrect.");
        }
        Account known = account.get();
        if (known.state() == AccountState.LOCKED) {
            events.record(Outcome.ACCOUNT_LOCKED, login, known.id(), address);
            throw new LockedException("Ce compte est verrouillé.");
        }
        attempts.succeeded(login);
        accounts.recordLogin(known.id(), new LoginRecord(clock.instant(), address));
        events.record(Outcome.SUCCEEDED, login, known.id(), address);
        List<GrantedAuthority> roles = known.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
        // the password factor tells when the holder authenticated: the ID token's auth_time
        List<GrantedAuthority> authorities = new ArrayList<>(roles);
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .issuedAt(clock.instant()).build());
        UsernamePasswordAuthenticationToken authenticated = UsernamePasswordAuthenticationToken.authenticated(
                new User(known.id(), "", roles), null, authorities);
        authenticated.setDetails(attempt.getDetails());
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "inconnue";
    }
}
