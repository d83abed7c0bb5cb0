package fr.portailfamilles.family.file.domain;

/** Where a family file stands. */
public enum FileState {
    /** Being filled in by staff; the family has no account yet. */
    INCOMPLETE,
    /** Checked complete by staff: the account is open. */
    COMPLETE,
    /** The family left and asked to be forgotten: only anonymous ids remain. */
    ERASED
}
