package fr.portailfamilles.reservation.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.reservation.support.Api;
import fr.portailfamilles.reservation.support.ReservationTestBase;
import fr.portailfamilles.reservation.support.Town;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The attendance list shows each expected child's care flags (« PAI », « Allergie », « Régime »)
 * as the family service reports them: the latest report per child wins whatever the order or
 * the number of deliveries, and an erased family's flags are forgotten for good.
 */
class CareFlagsFlowTest extends ReservationTestBase {

    static final String FAMILIES = "family.family.v1";
    static final String FLAGS = "fr.portailfamilles.family.child-care-flags-changed.v1";
    static final String ERASED = "fr.portailfamilles.family.family-erased.v1";

    @Test
    void theAttendanceListShowsTheFlagsTheFamilyServiceReported() {
        Town.Activity activity = town.activity();
        LocalDate day = town.bookableDays(activity, 1).get(0);
        Town.Child lea = town.register(activity, "Léa");
        Town.Child yanis = town.register(activity, "Yanis");
        Town.Child zoe = town.register(activity, "Zoé");
        for (Town.Child child : new Town.Child[] {lea, yanis, zoe}) {
            sendAndSettle(child, reserve(cell(day, "matin")));
        }

        report(lea, UUID.randomUUID().toString(), true, true, false, "2026-11-28T09:00:00Z");
        report(yanis, UUID.randomUUID().toString(), false, false, true, "2026-11-28T09:00:00Z");

        await().atMost(Duration.ofSeconds(20)).until(() -> care(activity, day, lea) != null
                && care(activity, day, yanis) != null);
        assertThat(flags(care(activity, day, lea))).isEqualTo("PAI ALLERGIE");
        assertThat(flags(care(activity, day, yanis))).isEqualTo("REGIME");
        assertThat(care(activity, day, zoe)).as("nothing reported yet: unknown, not « no flag »").isNull();
        JsonNode evening = unitOf(activity, day, "soir");
        JsonNode capacities = api.get("/api/reservations/admin/activities/" + activity.id() + "/capacities",
                Town.staff()).body();
        int eveningCapacity = capacities.valueStream().filter(c -> c.get("unit").asString().equals("soir"))
                .findFirst().orElseThrow().get("capacity").asInt();
        assertThat(evening.get("expected").asInt()).isZero();
        assertThat(evening.get("capacity").asInt()).as("a unit nobody reserved yet shows the capacity it opens with")
                .isEqualTo(eveningCapacity).isPositive();
    }

    private JsonNode unitOf(Town.Activity activity, LocalDate day, String unit) {
        JsonNode sheet = api.get("/api/reservations/attendance?activityId=" + activity.id() + "&date=" + day,
                Town.staff()).body();
        return sheet.get("units").valueStream().filter(u -> u.get("unit").asString().equals(unit)).findFirst()
                .orElseThrow();
    }

    @Test
    void aRedeliveredOrOlderReportChangesNothingAndChildrenDoNotMix() {
        Town.Activity activity = town.activity();
        LocalDate day = town.bookableDays(activity, 1).get(0);
        String familyId = "fam-" + UUID.randomUUID().toString().substring(0, 8);
        Town.Child lea = town.register(activity, familyId, "Léa");
        Town.Child hugo = town.register(activity, familyId, "Hugo");
        sendAndSettle(lea, reserve(cell(day, "soir")));
        sendAndSettle(hugo, reserve(cell(day, "soir")));
        String leaNewest = UUID.randomUUID().toString();

        // Léa's latest report first, then an older one of Léa's among Hugo's, and Léa's latest again
        report(lea, leaNewest, false, true, false, "2026-11-28T10:00:00Z");
        report(hugo, UUID.randomUUID().toString(), false, false, false, "2026-11-28T08:00:00Z");
        report(lea, UUID.randomUUID().toString(), true, true, true, "2026-11-28T09:00:00Z");
        report(hugo, UUID.randomUUID().toString(), true, false, false, "2026-11-28T09:30:00Z");
        report(lea, leaNewest, false, false, false, "2026-11-28T11:00:00Z");
        String barrier = UUID.randomUUID().toString();
        report(hugo, barrier, true, false, true, "2026-11-28T09:45:00Z");

        // one family's reports share a partition: once the last one shows, every earlier one was applied
        await().atMost(Duration.ofSeconds(20)).until(() -> "PAI REGIME".equals(flags(care(activity, day, hugo))));
        assertThat(flags(care(activity, day, lea))).as("the older report and the redelivery were ignored")
                .isEqualTo("ALLERGIE");
    }

    @Test
    void anErasedFamilysFlagsAreForgottenAndALateReportDoesNotBringThemBack() {
        Town.Activity activity = town.activity();
        LocalDate day = town.bookableDays(activity, 1).get(0);
        Town.Child ines = town.register(activity, "Inès");
        Town.Child other = town.register(activity, "Noah");
        sendAndSettle(ines, reserve(cell(day, "repas")));
        sendAndSettle(other, reserve(cell(day, "repas")));
        report(ines, UUID.randomUUID().toString(), true, true, true, "2026-11-28T09:00:00Z");
        await().atMost(Duration.ofSeconds(20)).until(() -> care(activity, day, ines) != null);

        kafka.send(FAMILIES, ines.familyId(), UUID.randomUUID().toString(), ERASED, Town.sample("family-erased.json")
                .replace("{{familyId}}", ines.familyId()));
        report(ines, UUID.randomUUID().toString(), true, false, false, "2026-11-28T12:00:00Z");
        // a barrier on the erased family's partition: once it shows, the late report was handled
        report(other, ines.familyId(), UUID.randomUUID().toString(), false, true, false, "2026-11-28T12:00:00Z");

        await().atMost(Duration.ofSeconds(20)).until(() -> care(activity, day, other) != null);
        assertThat(care(activity, day, ines)).isNull();
        assertThat(flags(care(activity, day, other))).isEqualTo("ALLERGIE");
    }

    @Test
    void onlyStaffSeeTheAttendanceList() {
        Town.Activity activity = town.activity();
        Town.Child child = town.register(activity, "Léo");
        LocalDate day = town.bookableDays(activity, 1).get(0);

        Api.Answer answer = api.get("/api/reservations/attendance?activityId=" + activity.id() + "&date=" + day,
                child.token());

        assertThat(answer.status()).isEqualTo(403);
    }

    private void report(Town.Child child, String eventId, boolean pai, boolean allergy, boolean diet, String at) {
        report(child, child.familyId(), eventId, pai, allergy, diet, at);
    }

    private void report(Town.Child child, String key, String eventId, boolean pai, boolean allergy, boolean diet,
            String at) {
        String json = Town.sample("child-care-flags-changed.json").replace("{{familyId}}", child.familyId())
                .replace("{{childId}}", child.childId()).replace("{{pai}}", String.valueOf(pai))
                .replace("{{allergy}}", String.valueOf(allergy)).replace("{{diet}}", String.valueOf(diet))
                .replace("{{changedAt}}", at);
        kafka.send(FAMILIES, key, eventId, FLAGS, json);
    }

    /** The child's {@code care} on the day's attendance list (any unit), or null when none is known. */
    private JsonNode care(Town.Activity activity, LocalDate day, Town.Child child) {
        Api.Answer sheet = api.get("/api/reservations/attendance?activityId=" + activity.id() + "&date=" + day,
                Town.staff());
        assertThat(sheet.status()).as(sheet.raw()).isEqualTo(200);
        for (JsonNode unit : sheet.body().get("units")) {
            for (JsonNode line : unit.get("children")) {
                if (line.get("registrationId").asString().equals(child.registrationId())) {
                    JsonNode care = line.get("care");
                    return care == null || care.isNull() ? null : care;
                }
            }
        }
        throw new AssertionError(child.firstName() + " is not on the attendance list of " + day);
    }

    private static String flags(JsonNode care) {
        if (care == null) {
            return null;
        }
        List<String> shown = new ArrayList<>();
        if (care.get("pai").asBoolean()) {
            shown.add("PAI");
        }
        if (care.get("allergy").asBoolean()) {
            shown.add("ALLERGIE");
        }
        if (care.get("diet").asBoolean()) {
            shown.add("REGIME");
        }
        return String.join(" ", shown);
    }
}
