package fr.portailfamilles.family.file.domain;

/** What a change of login reported by identity-service became in the family file. */
public enum LoginFollowing {
    /** A guardian had the former address: they have the new one now. */
    CHANGED,
    /** Nothing to do: this report was applied already, or a guardian already has the new address. */
    ALREADY_DONE,
    /** No guardian of the family has the former address: the file and the login have parted, staff must look. */
    NOT_IN_FILE
}
