package fr.portailfamilles.identity.login;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** Too many failed logins on this login or from this address: attempts wait until {@link #until()}. */
public class LoginPaused extends AuthenticationException {

    private final Instant until;

    public LoginPaused(Instant until) {
        super("Trop de tentatives de connexion infructueuses.");
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
