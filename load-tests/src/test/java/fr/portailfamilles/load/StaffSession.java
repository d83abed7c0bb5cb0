package fr.portailfamilles.load;

import fr.portailfamilles.e2e.PortalLogin;
import java.time.Duration;

/** The town-hall agent's token, signed in again before it expires (tokens live 15 minutes). */
final class StaffSession {

    private static final Duration RENEW_AFTER = Duration.ofMinutes(10);

    private final PortalLogin login;
    private final String email;
    private final String password;
    private String token;
    private long signedInAt;

    StaffSession(String portalUrl, String email, String password) {
        this.login = new PortalLogin(portalUrl);
        this.email = email;
        this.password = password;
    }

    synchronized String token() {
        if (token == null || System.nanoTime() - signedInAt > RENEW_AFTER.toNanos()) {
            try {
                token = login.accessToken(email, password);
            } catch (Exception e) {
                throw new IllegalStateException("The agent could not sign in: " + e.getMessage(), e);
            }
            signedInAt = System.nanoTime();
        }
        return token;
    }
}
