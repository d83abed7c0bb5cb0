package fr.portailfamilles.platform.security;

/** The roles of the portal, as they appear in the {@code roles} claim of an access token. */
public final class PortailRoles {

    public static final String PARENT = "PARENT";
    public static final String STAFF = "STAFF";
    public static final String ADMIN = "ADMIN";

    /** Claim names of the access tokens issued by the identity service. */
    public static final String ROLES_CLAIM = "roles";
    public static final String FAMILY_CLAIM = "family_id";
    public static final String EMAIL_CLAIM = "email";
    public static final String NAME_CLAIM = "name";

    private PortailRoles() {
    }
}
