package fr.portailfamilles.identity.account.domain;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address as the login of an account: trimmed, lowercased, plausibly shaped. */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
    private static final int MAX_LENGTH = 254;

    private EmailAddress() {
    }

    /** The canonical form of {@code raw}, or a refusal in French if it cannot be an address. */
    public static String normalize(String raw) {
        String email = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (email.length() > MAX_LENGTH || !SHAPE.matcher(email).matches()) {
            throw DomainProblem.invalid("adresse-email-invalide", "L'adresse e-mail « %s » n'est pas valide."
                    .formatted(raw == null ? "" : raw.strip()));
        }
        return email;
    }
}
