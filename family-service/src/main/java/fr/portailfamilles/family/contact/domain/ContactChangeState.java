package fr.portailfamilles.family.contact.domain;

/** Where a contact-change request stands; only a pending request can still be decided or withdrawn. */
public enum ContactChangeState {
    PENDING,
    APPROVED,
    REFUSED,
    WITHDRAWN
}
