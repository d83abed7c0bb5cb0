package fr.portailfamilles.family.file.domain;

import fr.portailfamilles.family.contact.domain.PhoneNumbers;
import fr.portailfamilles.family.contact.domain.Text;
import fr.portailfamilles.platform.problem.DomainProblem;

/** Someone other than the guardians who may pick the child up. */
public record AuthorisedPerson(String firstName, String lastName, String relationship, String phone) {

    public AuthorisedPerson {
        firstName = Text.clean(firstName);
        lastName = Text.clean(lastName);
        relationship = Text.clean(relationship);
        phone = PhoneNumbers.normalize(phone);
        if (firstName == null || lastName == null) {
            throw DomainProblem.invalid("personne-autorisee-incomplete",
                    "Indiquez le prénom et le nom de chaque personne autorisée à venir chercher l'enfant.");
        }
    }
}
