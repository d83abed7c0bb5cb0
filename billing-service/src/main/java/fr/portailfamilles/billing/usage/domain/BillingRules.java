package fr.portailfamilles.billing.usage.domain;

import fr.portailfamilles.billing.usage.domain.BillingDecision.Rule;

/**
 * What the town bills, for every activity:
 * <ol>
 * <li>a presence is billed, reserved or not (an unexpected presence too);</li>
 * <li>a justified absence is not billed;</li>
 * <li>a cancelled reservation is not billed: the town closed the day, the parent cancelled before
 * the deadline (reservation-service refuses later cancellations), or the registration ended;</li>
 * <li>an unjustified absence on a confirmed reservation is billed;</li>
 * <li>a confirmed reservation (directly or promoted from the waitlist) is billed;</li>
 * <li>anything else (a request never confirmed, a waitlisted request) is not.</li>
 * </ol>
 * The town has no surcharge today; one would be a new rule here.
 */
public final class BillingRules {

    private BillingRules() {
    }

    public static BillingDecision decide(UsageFacts facts) {
        if (facts.attendance() == Attendance.PRESENT) {
            boolean reserved = facts.reservation() == ReservationStatus.CONFIRMED && !facts.unexpected();
            return (reserved ? Rule.PRESENCE : Rule.UNEXPECTED_PRESENCE).decision();
        }
        if (facts.attendance() == Attendance.ABSENT && facts.justified()) {
            return Rule.JUSTIFIED_ABSENCE.decision();
        }
        if (facts.reservation() == ReservationStatus.CANCELLED) {
            return cancelled(facts.reason()).decision();
        }
        if (facts.reservation() == ReservationStatus.CONFIRMED) {
            return (facts.attendance() == Attendance.ABSENT ? Rule.UNJUSTIFIED_ABSENCE : Rule.RESERVATION).decision();
        }
        return Rule.NOTHING_TO_BILL.decision();
    }

    private static Rule cancelled(CancellationReason reason) {
        if (reason == CancellationReason.DAY_CLOSED) {
            return Rule.DAY_CLOSED;
        }
        return reason == CancellationReason.REGISTRATION_CANCELLED ? Rule.REGISTRATION_CANCELLED : Rule.CANCELLED_IN_TIME;
    }
}
