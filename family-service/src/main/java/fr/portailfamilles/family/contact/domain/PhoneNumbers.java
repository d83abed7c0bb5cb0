package fr.portailfamilles.family.contact.domain;

import fr.portailfamilles.platform.problem.DomainProblem;

/** French phone numbers, accepted as people type them and kept as « 06 12 34 56 78 ». */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    public static String normalize(String typed) {
        String value = Text.clean(typed);
        if (value == null) {
            return null;
        }
        String digits = value.replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+33")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0033")) {
            digits = "0" + digits.substring(4);
        }
        if (!digits.matches("0[1-9]\\d{8}")) {
            throw DomainProblem.invalid("telephone-invalide",
                    "Le numéro de téléphone « %s » n'est pas valide : 10 chiffres, par exemple 06 12 34 56 78."
                            .formatted(value));
        }
        return String.join(" ", digits.substring(0, 2), digits.substring(2, 4), digits.substring(4, 6),
                digits.substring(6, 8), digits.substring(8, 10));
    }
}
