package fr.portailfamilles.reservation.support;

import static org.awaitility.Awaitility.await;

import fr.portailfamilles.platform.test.KafkaProbe;
import fr.portailfamilles.platform.test.SharedInfrastructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The town as the other services would make it: activities published by the registration
 * service, children's registrations approved, invoices issued, all sent as their events.
 */
public final class Town {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private final Api api;
    private final KafkaProbe kafka;

    public Town(Api api, KafkaProbe kafka) {
        this.api = api;
        this.kafka = kafka;
    }

    public record Activity(String id, String name, LocalDate start, LocalDate end, LocalDate closedDay) {
    }

    public record Child(String registrationId, String familyId, String childId, String firstName, Activity activity) {

        public String token() {
            return SharedInfrastructure.get().tokens().parent(familyId);
        }

        public String path() {
            return "/api/reservations/registrations/" + registrationId;
        }
    }

    /** An activity running on school days from last month to half a year ahead, closed one day soon. */
    public Activity activity() {
        LocalDate today = LocalDate.now(ZONE);
        String id = "act-" + UUID.randomUUID().toString().substring(0, 8);
        Activity activity = new Activity(id, "Accueil périscolaire " + id, today.withDayOfMonth(1).minusMonths(1),
                today.plusDays(200), workingDays(today.plusDays(12), 1, null).get(0));
        kafka.send("registration.activity.v1", id, UUID.randomUUID().toString(),
                "fr.portailfamilles.registration.activity-published.v1", fill("activity-published.json", Map.of(
                        "activityId", id, "name", activity.name(), "start", activity.start().toString(),
                        "end", activity.end().toString(), "closedDay", activity.closedDay().toString())));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/reservations/admin/activities/" + id + "/capacities", staff()).status() == 200);
        return activity;
    }

    public Child register(Activity activity, String firstName) {
        return register(activity, "fam-" + UUID.randomUUID().toString().substring(0, 8), firstName);
    }

    public Child register(Activity activity, String familyId, String firstName) {
        Child child = new Child("reg-" + UUID.randomUUID(), familyId, "child-" + UUID.randomUUID(), firstName,
                activity);
        kafka.send("registration.registration.v1", child.registrationId(), UUID.randomUUID().toString(),
                "fr.portailfamilles.registration.approved.v1", fill("registration-approved.json", Map.of(
                        "registrationId", child.registrationId(), "familyId", familyId, "childId", child.childId(),
                        "childFirstName", firstName, "activityId", activity.id(), "name", activity.name(),
                        "start", activity.start().toString(), "end", activity.end().toString())));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get(child.path() + "/grid", child.token()).status() == 200);
        return child;
    }

    public void cancelRegistration(Child child) {
        kafka.send("registration.registration.v1", child.registrationId(), UUID.randomUUID().toString(),
                "fr.portailfamilles.registration.cancelled.v1", fill("registration-cancelled.json", Map.of(
                        "registrationId", child.registrationId(), "familyId", child.familyId(),
                        "childId", child.childId(), "activityId", child.activity().id(),
                        "name", child.activity().name())));
    }

    public void invoice(Child child, LocalDate date, String unit) {
        String invoiceId = "inv-" + UUID.randomUUID();
        kafka.send("billing.invoice.v1", invoiceId, UUID.randomUUID().toString(),
                "fr.portailfamilles.billing.invoice-issued.v1", fill("invoice-issued.json", Map.of(
                        "invoiceId", invoiceId, "familyId", child.familyId(), "month", date.toString().substring(0, 7),
                        "childId", child.childId(), "activityId", child.activity().id(), "date", date.toString(),
                        "unit", unit)));
    }

    public void capacity(Activity activity, String unit, int capacity) {
        Api.Answer answer = api.put("/api/reservations/admin/activities/" + activity.id() + "/capacities", staff(),
                Map.of("unit", unit, "capacity", capacity));
        if (answer.status() != 200) {
            throw new IllegalStateException("capacity not set: " + answer.raw());
        }
    }

    /** Days of the activity far enough ahead to be reserved and cancelled (past every deadline margin). */
    public List<LocalDate> bookableDays(Activity activity, int count) {
        return workingDays(LocalDate.now(ZONE).plusDays(7), count, activity.closedDay());
    }

    public static String staff() {
        return SharedInfrastructure.get().tokens().staff();
    }

    public static String sample(String name) {
        try (InputStream in = Town.class.getResourceAsStream("/events/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fill(String name, Map<String, String> values) {
        String json = sample(name);
        for (Map.Entry<String, String> value : values.entrySet()) {
            json = json.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        return json;
    }

    private static List<LocalDate> workingDays(LocalDate from, int count, LocalDate except) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; days.size() < count; day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !day.equals(except) && !holiday(day)) {
                days.add(day);
            }
        }
        return days;
    }

    private static boolean holiday(LocalDate day) {
        return fr.portailfamilles.reservation.calendar.domain.PublicHolidays.isHoliday(day);
    }
}
