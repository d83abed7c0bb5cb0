package fr.portailfamilles.identity.notification;

import fr.portailfamilles.platform.test.KafkaProbe;
import java.util.UUID;

/** Publishes what registration-, reservation- and billing-service publish, as their contracts describe it. */
final class OtherServices {

    static final String REGISTRATIONS = "registration.registration.v1";
    static final String RESERVATIONS = "reservation.reservation.v1";
    static final String INVOICES = "billing.invoice.v1";

    private final KafkaProbe kafka;

    OtherServices(KafkaProbe kafka) {
        this.kafka = kafka;
    }

    void send(String topic, String key, String type, String json) {
        kafka.send(topic, key, UUID.randomUUID().toString(), type, json);
    }

    void registrationRequested(String registrationId, String familyId) {
        kafka.send(REGISTRATIONS, registrationId, UUID.randomUUID().toString(),
                "fr.portailfamilles.registration.requested.v1", """
                {"registrationId":"%s","familyId":"%s","childId":"chd-lea","childFirstName":"Léa",
                 "activityId":"aps","activityName":"APS — Accueil périscolaire",
                 "requestedAt":"2026-11-28T08:30:00Z"}""".formatted(registrationId, familyId));
    }

    void registrationApproved(String eventId, String registrationId, String familyId) {
        kafka.send(REGISTRATIONS, registrationId, eventId, "fr.portailfamilles.registration.approved.v1", """
                {"registrationId":"%s","familyId":"%s","childId":"chd-lea","childFirstName":"Léa",
                 "activityId":"alsh-mercredis","activityName":"ALSH des Mercredis après-midi","seasonId":"2026-2027",
                 "startDate":"2026-11-30","endDate":"2027-08-31","approvedAt":"2026-11-30T09:05:40Z",
                 "automatic":false}""".formatted(registrationId, familyId));
    }

    void registrationRejected(String eventId, String registrationId, String familyId) {
        kafka.send(REGISTRATIONS, registrationId, eventId, "fr.portailfamilles.registration.rejected.v1", """
                {"registrationId":"%s","familyId":"%s","childId":"chd-lea","activityId":"aps",
                 "activityName":"APS — Accueil périscolaire",
                 "reason":"L'enfant n'est pas scolarisé dans la commune.",
                 "rejectedAt":"2026-11-30T09:05:40Z"}""".formatted(registrationId, familyId));
    }

    void registrationCancelled(String eventId, String registrationId, String familyId) {
        kafka.send(REGISTRATIONS, registrationId, eventId, "fr.portailfamilles.registration.cancelled.v1", """
                {"registrationId":"%s","familyId":"%s","childId":"chd-lea","activityId":"alsh-vacances",
                 "activityName":"ALSH des Vacances scolaires",
                 "cancelledAt":"2026-11-30T10:00:00Z"}""".formatted(registrationId, familyId));
    }

    void reservationPromoted(String eventId, String registrationId, String familyId) {
        kafka.send(RESERVATIONS, registrationId, eventId, "fr.portailfamilles.reservation.promoted.v1", """
                {"requestId":"%s","registrationId":"%s","familyId":"%s","childId":"chd-lea",
                 "activityId":"alsh-mercredis","date":"2026-12-02","unit":"apres-midi",
                 "decidedAt":"2026-11-29T18:00:00Z"}""".formatted(UUID.randomUUID(), registrationId, familyId));
    }

    void reservationCancelled(String eventId, String registrationId, String familyId, String date, String unit,
            String reason) {
        kafka.send(RESERVATIONS, registrationId, eventId, "fr.portailfamilles.reservation.cancelled.v1", """
                {"requestId":"%s","registrationId":"%s","familyId":"%s","childId":"chd-lea",
                 "activityId":"alsh-mercredis","date":"%s","unit":"%s","decidedAt":"2026-11-29T18:00:00Z",
                 "reason":"%s","previousState":"CONFIRMED"}"""
                .formatted(UUID.randomUUID(), registrationId, familyId, date, unit, reason));
    }

    void reservationConfirmed(String registrationId, String familyId) {
        kafka.send(RESERVATIONS, registrationId, UUID.randomUUID().toString(),
                "fr.portailfamilles.reservation.confirmed.v1", """
                {"requestId":"%s","registrationId":"%s","familyId":"%s","childId":"chd-lea",
                 "activityId":"alsh-mercredis","date":"2026-12-09","unit":"matin",
                 "decidedAt":"2026-11-29T18:00:00Z"}""".formatted(UUID.randomUUID(), registrationId, familyId));
    }

    void invoiceIssued(String eventId, String invoiceId, String familyId, String number) {
        kafka.send(INVOICES, invoiceId, eventId, "fr.portailfamilles.billing.invoice-issued.v1", """
                {"invoiceId":"%s","familyId":"%s","number":"%s","month":"2026-11","total":23.40,
                 "dueDate":"2026-12-31",
                 "lines":[{"childId":"chd-lea","activityId":"aps","date":"2026-11-02","unit":"matin"}],
                 "issuedAt":"2026-12-01T07:00:00Z"}""".formatted(invoiceId, familyId, number));
    }

    void paymentReceived(String invoiceId, String familyId) {
        kafka.send(INVOICES, invoiceId, UUID.randomUUID().toString(), "fr.portailfamilles.billing.payment-received.v1",
                """
                {"invoiceId":"%s","familyId":"%s","amount":23.40,
                 "receivedAt":"2026-12-02T07:00:00Z"}""".formatted(invoiceId, familyId));
    }
}
