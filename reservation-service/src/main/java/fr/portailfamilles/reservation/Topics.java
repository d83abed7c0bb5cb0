package fr.portailfamilles.reservation;

/** The topics and event types this service reads and writes (contracts in {@code contracts/asyncapi/reservation.yaml}). */
public final class Topics {

    /** The registration service's activity catalogue (key: activityId). */
    public static final String ACTIVITIES = "registration.activity.v1";
    public static final String ACTIVITY_PUBLISHED = "fr.portailfamilles.registration.activity-published.v1";

    /** The registration service's registrations (key: registrationId). */
    public static final String REGISTRATIONS = "registration.registration.v1";
    public static final String REGISTRATION_APPROVED = "fr.portailfamilles.registration.approved.v1";
    public static final String REGISTRATION_CANCELLED = "fr.portailfamilles.registration.cancelled.v1";

    /** The family service's families (key: familyId): only the children's care flags and erasures are read here. */
    public static final String FAMILIES = "family.family.v1";
    public static final String CHILD_CARE_FLAGS_CHANGED = "fr.portailfamilles.family.child-care-flags-changed.v1";
    public static final String FAMILY_ERASED = "fr.portailfamilles.family.family-erased.v1";

    /** Billing's invoices (key: invoiceId). */
    public static final String INVOICES = "billing.invoice.v1";
    public static final String INVOICE_ISSUED = "fr.portailfamilles.billing.invoice-issued.v1";

    /** Internal: one allocation command per cell, keyed by slot so that one writer decides per slot. */
    public static final String ALLOCATION = "reservation.allocation.v1";
    public static final String ALLOCATION_REQUESTED = "fr.portailfamilles.reservation.allocation-requested.v1";

    /**
     * What this service tells the others (key: registrationId, so one child's events stay in order;
     * {@link #WAITLIST_MOVED} alone is keyed by its slot).
     */
    public static final String RESERVATIONS = "reservation.reservation.v1";
    private static final String PREFIX = "fr.portailfamilles.reservation.";
    public static final String REQUESTED = PREFIX + "requested.v1";
    public static final String CONFIRMED = PREFIX + "confirmed.v1";
    public static final String WAITLISTED = PREFIX + "waitlisted.v1";
    public static final String PROMOTED = PREFIX + "promoted.v1";
    public static final String CANCELLED = PREFIX + "cancelled.v1";
    public static final String WITHDRAWN = PREFIX + "withdrawn.v1";
    public static final String REFUSED = PREFIX + "refused.v1";
    /** Not a decision: the requests still waiting that moved up their slot's waitlist in one change of it. */
    public static final String WAITLIST_MOVED = PREFIX + "waitlist-moved.v2";
    public static final String REQUEST_SETTLED = PREFIX + "request-settled.v1";
    public static final String ATTENDANCE_RECORDED = PREFIX + "attendance-recorded.v1";

    private Topics() {
    }
}
