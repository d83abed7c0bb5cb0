package fr.portailfamilles.family.contact.domain;

import fr.portailfamilles.platform.problem.DomainProblem;

/** A French postal address; parts may be missing while the file is being filled in. */
public record PostalAddress(String street, String postalCode, String city) {

    public PostalAddress {
        street = Text.clean(street);
        postalCode = Text.clean(postalCode);
        city = Text.clean(city);
        if (postalCode != null && !postalCode.matches("\\d{5}")) {
            throw DomainProblem.invalid("code-postal-invalide",
                    "Le code postal « %s » n'est pas valide : il compte 5 chiffres.".formatted(postalCode));
        }
    }

    public boolean isComplete() {
        return street != null && postalCode != null && city != null;
    }
}
