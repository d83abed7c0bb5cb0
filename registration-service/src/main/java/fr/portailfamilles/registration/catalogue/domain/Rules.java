package fr.portailfamilles.registration.catalogue.domain;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.util.regex.Pattern;

/** Small checks shared by the catalogue's value objects; each refusal is a French 400. */
final class Rules {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    private Rules() {
    }

    static String text(String value, int maxLength, String code, String what) {
        if (value == null || value.isBlank()) {
            throw DomainProblem.invalid(code, what + " est obligatoire.");
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw DomainProblem.invalid(code, what + " ne doit pas dépasser " + maxLength + " caractères.");
        }
        return stripped;
    }

    static String code(String value, String code, String what) {
        if (value == null || !CODE.matcher(value).matches()) {
            throw DomainProblem.invalid(code, what + " doit être fait de minuscules, de chiffres et de tirets "
                    + "(par exemple « alsh-mercredis »).");
        }
        return value;
    }

    static <T> T required(T value, String code, String what) {
        if (value == null) {
            throw DomainProblem.invalid(code, what + " est obligatoire.");
        }
        return value;
    }
}
