package fr.portailfamilles.family.contact;

import fr.portailfamilles.family.contact.domain.ContactDetails;
import fr.portailfamilles.family.file.FileForms.AddressForm;
import fr.portailfamilles.platform.problem.DomainProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the API accepts about contact-change requests. */
final class ContactForms {

    static final String EMAIL_BY_STAFF_ONLY = "L'adresse e-mail ne peut être modifiée que par le service.";

    private ContactForms() {
    }

    /**
     * The new contact details, complete (what the form shows, changed or not).
     *
     * @param guardianId which guardian; by default the one whose login sends the request
     * @param email      never accepted: listed only to refuse it clearly
     */
    record ContactChangeForm(@Size(max = 40) String guardianId,
            @NotNull(message = "L'adresse postale est obligatoire.") @Valid AddressForm address,
            @Size(max = 30, message = "Ce texte est trop long.") String mobilePhone,
            @Size(max = 30, message = "Ce texte est trop long.") String homePhone,
            @Size(max = 30, message = "Ce texte est trop long.") String workPhone,
            String email) {

        ContactDetails toDomain() {
            if (email != null) {
                throw DomainProblem.invalid("email-non-modifiable", EMAIL_BY_STAFF_ONLY);
            }
            ContactDetails details = new ContactDetails(address.toDomain(), mobilePhone, homePhone, workPhone);
            if (!details.hasCompleteAddress()) {
                throw DomainProblem.invalid("adresse-incomplete",
                        "Indiquez l'adresse complète : rue, code postal et commune.");
            }
            if (!details.hasPhone()) {
                throw DomainProblem.invalid("telephone-requis", "Indiquez au moins un numéro de téléphone.");
            }
            return details;
        }
    }

    record RefusalForm(@NotBlank(message = "Indiquez le motif du refus : la famille le verra.")
            @Size(max = 500, message = "Ce texte est trop long.") String reason) {
    }
}
