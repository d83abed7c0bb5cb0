package fr.portailfamilles.reservation.attendance;

import fr.portailfamilles.platform.outbox.OutboxEvent;
import fr.portailfamilles.platform.outbox.OutboxEvents;
import fr.portailfamilles.platform.outbox.OutboxRelay;
import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.reservation.Topics;
import fr.portailfamilles.reservation.booking.Slots;
import fr.portailfamilles.reservation.booking.domain.SlotKey;
import fr.portailfamilles.reservation.calendar.ActivitySchedules;
import fr.portailfamilles.reservation.calendar.domain.ActivitySchedule;
import fr.portailfamilles.reservation.grid.RegistrationDocument;
import fr.portailfamilles.reservation.grid.Registrations;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Staff tick a child present or absent (with a justified reason or not). A child who was not
 * expected is recorded as unexpected. The family's cell becomes « Présence » or « Absence »,
 * and billing is told.
 */
@Service
class RecordingAttendance {

    private final MongoTemplate mongo;
    private final ActivitySchedules schedules;
    private final Registrations registrations;
    private final Slots slots;
    private final OutboxEvents outbox;
    private final OutboxRelay relay;
    private final Clock clock;

    RecordingAttendance(MongoTemplate mongo, ActivitySchedules schedules, Registrations registrations, Slots slots,
            OutboxEvents outbox, OutboxRelay relay, Clock clock) {
        this.mongo = mongo;
        this.schedules = schedules;
        this.registrations = registrations;
        this.slots = slots;
        this.outbox = outbox;
        this.relay = relay;
        this.clock = clock;
    }

    record Mark(String activityId, String date, String unit, String registrationId, String status, Boolean justified,
            String reason) {
    }

    /** What billing and the grid learn: no reason, no health data. */
    record AttendanceRecorded(String registrationId, String familyId, String childId, String activityId, String date,
            String unit, String status, boolean justified, boolean unexpected, Instant recordedAt) {
    }

    AttendanceRecorded record(Mark mark, String agent) {
        ActivitySchedule schedule = schedules.find(mark.activityId()).orElseThrow(() -> DomainProblem.notFound(
                "activite-introuvable", "Cette activité est introuvable."));
        LocalDate date = AttendanceSheets.dateOf(mark.date());
        if (mark.unit() == null || schedule.unit(mark.unit()).isEmpty()) {
            throw DomainProblem.invalid("unite-inconnue", "Cette unité n’existe pas pour l’activité.");
        }
        if (!"PRESENT".equals(mark.status()) && !"ABSENT".equals(mark.status())) {
            throw DomainProblem.invalid("statut-invalide", "Le pointage est « PRESENT » ou « ABSENT ».");
        }
        if (!schedule.offers(date)) {
            throw DomainProblem.unprocessable("jour-sans-activite", "L’activité n’a pas lieu ce jour-là.");
        }
        RegistrationDocument registration = registrations.find(mark.registrationId())
                .filter(r -> r.activityId().equals(mark.activityId()) && r.covers(date) && r.isActive())
                .orElseThrow(() -> DomainProblem.notFound("inscription-introuvable",
                        "Cet enfant n’a pas d’inscription en cours à cette activité pour ce jour."));
        SlotKey slot = new SlotKey(mark.activityId(), date, mark.unit());
        boolean unexpected = slots.find(slot).map(s -> !s.holds(registration.id())).orElse(true);
        boolean justified = "ABSENT".equals(mark.status()) && Boolean.TRUE.equals(mark.justified());
        Instant at = clock.instant();
        AttendanceRecorded recorded = new AttendanceRecorded(registration.id(), registration.familyId(),
                registration.childId(), mark.activityId(), date.toString(), mark.unit(), mark.status(), justified,
                unexpected, at);
        OutboxEvent event = outbox.create(Topics.RESERVATIONS, registration.id(), Topics.ATTENDANCE_RECORDED, recorded);
        Update update = new Update().set("activityId", mark.activityId()).set("date", date.toString())
                .set("unit", mark.unit()).set("registrationId", registration.id())
                .set("familyId", registration.familyId()).set("childId", registration.childId())
                .set("status", mark.status()).set("justified", justified)
                .set("reason", justified ? mark.reason() : null).set("unexpected", unexpected)
                .set("recordedAt", at).set("recordedBy", agent).push(OutboxEvent.FIELD, event);
        mongo.upsert(Query.query(Criteria.where("_id").is(slot.value() + "|" + registration.id())), update,
                AttendanceDocument.class);
        relay.wake();
        return recorded;
    }
}
