package fr.portailfamilles.identity.account.domain;

/** The e-mails the service sends to account holders. */
public enum MailKind {
    /** The account is open: choose your password (link). */
    ACCOUNT_OPENED,
    /** A new password link, asked for by the holder or resent by staff. */
    PASSWORD_LINK,
    /** Your password was changed. */
    PASSWORD_CHANGED,
    /** Sent to the former address: your login is now another address. */
    EMAIL_CHANGED_OLD_ADDRESS,
    /** Sent to the new address: this address is now your login. */
    EMAIL_CHANGED_NEW_ADDRESS,
    /** A child's registration to an activity is validated: days can be reserved. */
    REGISTRATION_APPROVED,
    /** A registration request is refused, with the reason staff gave. */
    REGISTRATION_REJECTED,
    /** A registration request was withdrawn or a registration ended. */
    REGISTRATION_CANCELLED,
    /** A waitlisted reservation got the place that freed up. */
    RESERVATION_PROMOTED,
    /** Staff closed a day: the child's reservations of that day are cancelled. */
    RESERVATION_DAY_CLOSED,
    /** A monthly invoice is issued. */
    INVOICE_ISSUED
}
