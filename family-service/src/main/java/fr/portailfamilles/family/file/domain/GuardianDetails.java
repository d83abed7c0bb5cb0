package fr.portailfamilles.family.file.domain;

import fr.portailfamilles.family.contact.domain.ContactDetails;
import fr.portailfamilles.family.contact.domain.Text;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.util.Locale;

/**
 * What staff record about a guardian (« responsable légal »).
 *
 * @param email the login of the family's account once the file is complete; lower-cased
 */
public record GuardianDetails(String firstName, String lastName, String email, ContactDetails contact,
        String employer) {

    public GuardianDetails {
        firstName = Text.clean(firstName);
        lastName = Text.clean(lastName);
        email = Text.clean(email) == null ? null : email.strip().toLowerCase(Locale.ROOT);
        contact = contact == null ? ContactDetails.NONE : contact;
        employer = Text.clean(employer);
        if (firstName == null || lastName == null) {
            throw DomainProblem.invalid("nom-responsable-requis", "Indiquez le prénom et le nom du responsable légal.");
        }
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw DomainProblem.invalid("email-invalide",
                    "L'adresse e-mail « %s » n'est pas valide.".formatted(email));
        }
    }

    public GuardianDetails withContact(ContactDetails newContact) {
        return new GuardianDetails(firstName, lastName, email, newContact, employer);
    }

    public GuardianDetails withEmail(String newEmail) {
        return new GuardianDetails(firstName, lastName, newEmail, contact, employer);
    }
}
