package fr.portailfamilles.family.file;

import fr.portailfamilles.family.contact.domain.ContactDetails;
import fr.portailfamilles.family.contact.domain.PostalAddress;
import fr.portailfamilles.family.file.domain.AuthorisedPerson;
import fr.portailfamilles.family.file.domain.ChildCare;
import fr.portailfamilles.family.file.domain.ChildIdentity;
import fr.portailfamilles.family.file.domain.FamilyQuotient;
import fr.portailfamilles.family.file.domain.GuardianDetails;
import fr.portailfamilles.family.file.domain.HealthNotes;
import fr.portailfamilles.family.file.domain.PickUp;
import fr.portailfamilles.platform.problem.DomainProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What the API accepts about a family file, checked before it reaches the domain. */
public final class FileForms {

    static final String TOO_LONG = "Ce texte est trop long.";

    private FileForms() {
    }

    public record AddressForm(@Size(max = 200, message = TOO_LONG) String street,
            @Size(max = 10, message = TOO_LONG) String postalCode,
            @Size(max = 100, message = TOO_LONG) String city) {

        public PostalAddress toDomain() {
            return new PostalAddress(street, postalCode, city);
        }
    }

    public record GuardianForm(
            @NotBlank(message = "Le prénom du responsable est obligatoire.") @Size(max = 100, message = TOO_LONG) String firstName,
            @NotBlank(message = "Le nom du responsable est obligatoire.") @Size(max = 100, message = TOO_LONG) String lastName,
            @Email(message = "L'adresse e-mail n'est pas valide.") @Size(max = 200, message = TOO_LONG) String email,
            @Valid AddressForm address,
            @Size(max = 30, message = TOO_LONG) String mobilePhone,
            @Size(max = 30, message = TOO_LONG) String homePhone,
            @Size(max = 30, message = TOO_LONG) String workPhone,
            @Size(max = 200, message = TOO_LONG) String employer) {

        public GuardianDetails toDomain() {
            return new GuardianDetails(firstName, lastName, email,
                    new ContactDetails(address == null ? null : address.toDomain(), mobilePhone, homePhone, workPhone),
                    employer);
        }
    }

    public record QuotientForm(
            @NotNull(message = "Le quotient familial est obligatoire.")
            @Min(value = 0, message = "Le quotient familial ne peut pas être négatif.")
            @Max(value = 99_999, message = "Le quotient familial ne peut pas dépasser 99 999.") Integer value,
            @NotNull(message = "La date du justificatif est obligatoire.") LocalDate proofDate) {

        public FamilyQuotient toDomain() {
            return new FamilyQuotient(value, proofDate);
        }
    }

    public record NewFamilyForm(@NotNull(message = "Le premier responsable légal est obligatoire.") @Valid GuardianForm guardian,
            @Valid QuotientForm quotient) {
    }

    public record HealthForm(@Size(max = 2000, message = TOO_LONG) String allergies, Boolean pai,
            @Size(max = 2000, message = TOO_LONG) String paiDetails,
            @Size(max = 500, message = TOO_LONG) String diet,
            @Size(max = 200, message = TOO_LONG) String doctorName,
            @Size(max = 30, message = TOO_LONG) String doctorPhone) {

        HealthNotes toDomain() {
            return new HealthNotes(allergies, Boolean.TRUE.equals(pai), paiDetails, diet, doctorName, doctorPhone);
        }
    }

    public record PersonForm(
            @NotBlank(message = "Le prénom de la personne autorisée est obligatoire.") @Size(max = 100, message = TOO_LONG) String firstName,
            @NotBlank(message = "Le nom de la personne autorisée est obligatoire.") @Size(max = 100, message = TOO_LONG) String lastName,
            @Size(max = 100, message = TOO_LONG) String relationship,
            @Size(max = 30, message = TOO_LONG) String phone) {

        AuthorisedPerson toDomain() {
            return new AuthorisedPerson(firstName, lastName, relationship, phone);
        }
    }

    public record PickUpForm(@Valid @Size(max = 6, message = "Indiquez au plus 6 personnes autorisées.") List<PersonForm> persons,
            boolean nobody) {

        PickUp toDomain() {
            return new PickUp(persons == null ? List.of() : persons.stream().map(PersonForm::toDomain).toList(), nobody);
        }
    }

    /** A child as staff record it: identity and care. */
    public record ChildForm(
            @NotBlank(message = "Le prénom de l'enfant est obligatoire.") @Size(max = 100, message = TOO_LONG) String firstName,
            @NotBlank(message = "Le nom de l'enfant est obligatoire.") @Size(max = 100, message = TOO_LONG) String lastName,
            LocalDate birthDate,
            @Size(max = 200, message = TOO_LONG) String school,
            @Size(max = 100, message = TOO_LONG) String schoolClass,
            @Valid HealthForm health, @Valid PickUpForm pickUp, Boolean imageConsent) {

        public ChildIdentity identity() {
            return new ChildIdentity(firstName, lastName, birthDate);
        }

        public ChildCare care() {
            return new ChildCare(school, schoolClass, health == null ? null : health.toDomain(),
                    pickUp == null ? null : pickUp.toDomain(), imageConsent);
        }
    }

    /**
     * A child's care information as a family sends it. Identity fields are listed only to refuse
     * them clearly: a family asks staff to correct a name or a birth date.
     */
    public record ChildCareForm(String firstName, String lastName, LocalDate birthDate,
            @Size(max = 200, message = TOO_LONG) String school,
            @Size(max = 100, message = TOO_LONG) String schoolClass,
            @Valid HealthForm health,
            @NotNull(message = "Indiquez les personnes autorisées à venir chercher l'enfant, ou « aucune ».") @Valid PickUpForm pickUp,
            Boolean imageConsent) {

        public ChildCare toDomain() {
            if (firstName != null || lastName != null || birthDate != null) {
                throw DomainProblem.invalid("identite-enfant-non-modifiable",
                        "Le nom, le prénom et la date de naissance d'un enfant ne peuvent être modifiés que par le "
                                + "service : contactez-le.");
            }
            PickUp answer = pickUp.toDomain();
            if (!answer.isAnswered()) {
                throw DomainProblem.invalid("personnes-autorisees-requises",
                        "Indiquez au moins une personne autorisée à venir chercher l'enfant, ou cochez « aucune ».");
            }
            return new ChildCare(school, schoolClass, health == null ? null : health.toDomain(), answer, imageConsent);
        }
    }
}
