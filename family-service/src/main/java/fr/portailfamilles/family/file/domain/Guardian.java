package fr.portailfamilles.family.file.domain;

import fr.portailfamilles.family.contact.domain.ContactDetails;

/** A guardian of the family; the aggregate changes it, nobody else. */
public class Guardian {

    static final String ANONYMOUS = "Anonyme";

    private final String id;
    private GuardianDetails details;

    Guardian(String id, GuardianDetails details) {
        this.id = id;
        this.details = details;
    }

    /** Reachable: the service can send the account e-mail, post a letter and call. */
    public boolean isReachable() {
        return details.email() != null && details.contact().hasCompleteAddress() && details.contact().hasPhone();
    }

    void change(GuardianDetails newDetails) {
        details = newDetails;
    }

    void anonymise() {
        details = new GuardianDetails(ANONYMOUS, ANONYMOUS, null, ContactDetails.NONE, null);
    }

    public String id() {
        return id;
    }

    public GuardianDetails details() {
        return details;
    }

    public String fullName() {
        return details.firstName() + " " + details.lastName();
    }
}
