package fr.portailfamilles.billing.usage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamilles.billing.usage.domain.BillingDecision.Rule;
import org.junit.jupiter.api.Test;

class BillingRulesTest {

    @Test
    void billsAConfirmedReservation() {
        assertBilled(UsageFacts.confirmed(), Rule.RESERVATION);
    }

    @Test
    void billsAPresence() {
        assertBilled(UsageFacts.confirmed().present(false), Rule.PRESENCE);
    }

    @Test
    void billsAnUnexpectedPresenceWithoutReservation() {
        assertBilled(new UsageFacts(null, null, null, false, false).present(true), Rule.UNEXPECTED_PRESENCE);
        assertBilled(UsageFacts.cancelled(CancellationReason.PARENT).present(true), Rule.UNEXPECTED_PRESENCE);
    }

    @Test
    void billsAnUnjustifiedAbsenceOfAConfirmedReservation() {
        assertBilled(UsageFacts.confirmed().absent(false), Rule.UNJUSTIFIED_ABSENCE);
    }

    @Test
    void doesNotBillAJustifiedAbsence() {
        assertNotBilled(UsageFacts.confirmed().absent(true), Rule.JUSTIFIED_ABSENCE);
    }

    @Test
    void doesNotBillADayTheTownClosed() {
        assertNotBilled(UsageFacts.cancelled(CancellationReason.DAY_CLOSED), Rule.DAY_CLOSED);
    }

    @Test
    void doesNotBillACancellationBeforeTheDeadline() {
        assertNotBilled(UsageFacts.cancelled(CancellationReason.PARENT), Rule.CANCELLED_IN_TIME);
        assertNotBilled(UsageFacts.cancelled(CancellationReason.PARENT).absent(false), Rule.CANCELLED_IN_TIME);
    }

    @Test
    void doesNotBillAReservationOfACancelledRegistration() {
        assertNotBilled(UsageFacts.cancelled(CancellationReason.REGISTRATION_CANCELLED), Rule.REGISTRATION_CANCELLED);
    }

    @Test
    void doesNotBillWhatWasNeverConfirmed() {
        assertNotBilled(new UsageFacts(ReservationStatus.NONE, null, Attendance.NOT_RECORDED, false, false),
                Rule.NOTHING_TO_BILL);
    }

    private static void assertBilled(UsageFacts facts, Rule rule) {
        assertThat(BillingRules.decide(facts)).isEqualTo(new BillingDecision(true, rule));
    }

    private static void assertNotBilled(UsageFacts facts, Rule rule) {
        assertThat(BillingRules.decide(facts)).isEqualTo(new BillingDecision(false, rule));
    }
}
