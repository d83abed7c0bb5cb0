package fr.portailfamilles.billing.support;

import static org.awaitility.Awaitility.await;

import fr.portailfamilles.platform.test.KafkaProbe;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One family, one child, one registration to one activity of its own, fed to billing through the
 * broker as family-, registration- and reservation-service would. Ids are fresh for every scenario.
 */
public final class Scenario {

    public static final String RESERVATIONS = "reservation.reservation.v1";
    public static final String FAMILIES = "family.family.v1";
    public static final String ACTIVITIES = "registration.activity.v1";

    public final String familyId = "fam-" + shortId();
    public final String childId = "chd-" + shortId();
    public final String registrationId = "reg-" + shortId();
    public final String activityId = "act-" + shortId();

    private final KafkaProbe kafka;
    private final MongoTemplate mongo;
    private final List<String[]> pending = new ArrayList<>();

    Scenario(KafkaProbe kafka, MongoTemplate mongo) {
        this.kafka = kafka;
        this.mongo = mongo;
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public Scenario activityPublished(String name) {
        String id = kafka.sendFrom("/portail-familles/registration-service", ACTIVITIES, activityId,
                "fr.portailfamilles.registration.activity-published.v1",
                Events.json("registration-activity-published", Map.of("activityId", activityId, "name", name)));
        pending.add(new String[] {"activities", activityId, id});
        return this;
    }

    public Scenario quotient(int quotient) {
        return family("quotient-changed", Map.of("quotient", quotient));
    }

    public Scenario payer(String firstName, String lastName, String email) {
        return family("file-completed", Map.of("firstName", firstName, "lastName", lastName, "email", email));
    }

    public Scenario child(String firstName, String lastName, LocalDate birthDate) {
        String id = kafka.sendFrom("/portail-familles/family-service", FAMILIES, familyId,
                "fr.portailfamilles.family.child-updated.v1", Events.json("family-child-updated",
                        Map.of("familyId", familyId, "childId", childId, "firstName", firstName, "lastName", lastName,
                                "birthDate", birthDate)));
        pending.add(new String[] {"children", childId, id});
        return this;
    }

    public Scenario erased() {
        kafka.sendFrom("/portail-familles/family-service", FAMILIES, familyId,
                "fr.portailfamilles.family.family-erased.v1",
                Events.json("family-family-erased", Map.of("familyId", familyId)));
        return this;
    }

    private Scenario family(String event, Map<String, Object> values) {
        Map<String, Object> all = new HashMap<>(values);
        all.put("familyId", familyId);
        String id = kafka.sendFrom("/portail-familles/family-service", FAMILIES, familyId,
                "fr.portailfamilles.family." + event + ".v1", Events.json("family-" + event, all));
        pending.add(new String[] {"families", familyId, id});
        return this;
    }

    public Scenario confirmed(LocalDate date, String unit) {
        return reservation("confirmed", date, unit, Map.of());
    }

    public Scenario promoted(LocalDate date, String unit) {
        return reservation("promoted", date, unit, Map.of());
    }

    public Scenario cancelled(LocalDate date, String unit, String reason) {
        return reservation("cancelled", date, unit, Map.of("reason", reason));
    }

    public Scenario present(LocalDate date, String unit, boolean unexpected) {
        return reservation("attendance-recorded", date, unit, Map.of("status", "PRESENT", "justified", false,
                "unexpected", unexpected));
    }

    public Scenario absent(LocalDate date, String unit, boolean justified) {
        return reservation("attendance-recorded", date, unit, Map.of("status", "ABSENT", "justified", justified,
                "unexpected", false));
    }

    /** Sends a reservation event with a chosen id, e.g. to deliver the same event twice. */
    public Scenario redeliver(String eventId, String event, LocalDate date, String unit, Map<String, Object> extra) {
        kafka.sendFrom("/portail-familles/reservation-service", RESERVATIONS, registrationId, eventId,
                "fr.portailfamilles.reservation." + event + ".v1", reservationJson(event, date, unit, extra));
        pending.add(new String[] {"usage", registrationId + "|" + date + "|" + unit, eventId});
        return this;
    }

    private Scenario reservation(String event, LocalDate date, String unit, Map<String, Object> extra) {
        return redeliver(UUID.randomUUID().toString(), event, date, unit, extra);
    }

    private String reservationJson(String event, LocalDate date, String unit, Map<String, Object> extra) {
        Map<String, Object> values = new HashMap<>(extra);
        values.putAll(Map.of("requestId", "req-" + shortId(), "registrationId", registrationId, "familyId", familyId,
                "childId", childId, "activityId", activityId, "date", date, "unit", unit));
        return Events.json("reservation-" + event, values);
    }

    /** Waits until billing applied every event sent so far. */
    public Scenario applied() {
        List<String[]> waiting = List.copyOf(pending);
        pending.clear();
        await().atMost(Duration.ofSeconds(30)).until(() -> waiting.stream().allMatch(event -> mongo.exists(
                Query.query(Criteria.where("_id").is(event[1]).and("appliedEvents").is(event[2])), event[0])));
        return this;
    }
}
