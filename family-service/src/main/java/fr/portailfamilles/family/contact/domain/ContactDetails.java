package fr.portailfamilles.family.contact.domain;

/**
 * How the service reaches a guardian, apart from the e-mail (which is the login and only staff
 * change): postal address and phones.
 */
public record ContactDetails(PostalAddress address, String mobilePhone, String homePhone, String workPhone) {

    public static final ContactDetails NONE = new ContactDetails(null, null, null, null);

    public ContactDetails {
        mobilePhone = PhoneNumbers.normalize(mobilePhone);
        homePhone = PhoneNumbers.normalize(homePhone);
        workPhone = PhoneNumbers.normalize(workPhone);
    }

    public boolean hasCompleteAddress() {
        return address != null && address.isComplete();
    }

    public boolean hasPhone() {
        return mobilePhone != null || homePhone != null || workPhone != null;
    }
}
