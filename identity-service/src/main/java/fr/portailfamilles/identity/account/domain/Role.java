package fr.portailfamilles.identity.account.domain;

/** What an account may do in the portal; carried by the {@code roles} claim of its tokens. */
public enum Role {
    /** A legal guardian: sees and changes only their own family. */
    PARENT,
    /** An agent of the childhood and youth service. */
    STAFF,
    /** An administrator of the portal. */
    ADMIN
}
