package fr.portailfamilles.identity.account.domain;

/** Where an account stands in its life. */
public enum AccountState {
    /** Opened, waiting for its holder to choose a password through the link mailed to them. */
    PENDING_PASSWORD,
    /** May log in. */
    ACTIVE,
    /** Locked by staff: nobody may log in with it until it is unlocked. */
    LOCKED
}
