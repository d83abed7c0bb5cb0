package fr.portailfamilles.registration.catalogue;

import static fr.portailfamilles.registration.support.FamilyFixtures.BORN_2013;
import static fr.portailfamilles.registration.support.FamilyFixtures.BORN_2018;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.registration.support.Api;
import fr.portailfamilles.registration.support.FamilyFixtures;
import fr.portailfamilles.registration.support.ServiceTestSupport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The catalogue staff manage and everyone reads, and the schedule it publishes for reservations. */
class CatalogueApiTest extends ServiceTestSupport {

    static final String PUBLISHED = "fr.portailfamilles.registration.activity-published.v1";

    @Test
    void theDemoCatalogueHasTheFourActivitiesOfTheTown() {
        JsonNode list = api.get("/api/registrations/activities", tokens.parent(FamilyFixtures.newFamilyId())).body();
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        list.valueStream().forEach(activity -> byId.put(activity.get("id").asString(), activity));
        assertThat(byId).containsKeys("aps", "alsh-mercredis", "alsh-vacances", "ado-minos");

        JsonNode aps = byId.get("aps");
        assertThat(texts(aps.get("weekdays"))).containsExactly("MONDAY", "TUESDAY", "THURSDAY", "FRIDAY");
        assertThat(texts(aps.get("units"), "code")).containsExactly("matin", "soir");
        assertThat(texts(aps.get("periods"), "kind")).containsOnly("SCHOOL").hasSize(6);
        assertThat(texts(aps.get("closedDays"))).contains("2026-11-11", "2026-12-25", "2027-05-06");
        assertThat(aps.at("/deadline/description").asString()).isEqualTo(
                "Réservations et annulations jusqu'à 23h59, 2 jours ouvrés avant le jour concerné.");

        JsonNode mercredis = byId.get("alsh-mercredis");
        assertThat(texts(mercredis.get("units"), "row")).containsExactly("ACCUEIL", "ACCUEIL", "SUPPLEMENT", "JOURNEE");
        assertThat(mercredis.at("/deadline/kind").asString()).isEqualTo("WEDNESDAY_BEFORE_WEEK");
        assertThat(texts(byId.get("alsh-vacances").get("periods"), "kind")).containsOnly("HOLIDAY").hasSize(6);

        JsonNode ado = byId.get("ado-minos");
        assertThat(ado.get("autoApprove").asBoolean()).isTrue();
        assertThat(ado.get("ageMin").asInt()).isEqualTo(11);
        assertThat(ado.get("ageMax").asInt()).isEqualTo(17);
        for (JsonNode period : ado.get("periods")) {
            assertThat(texts(period.get("weekdays"))).as(period.get("label").asString()).isEqualTo(
                    "SCHOOL".equals(period.get("kind").asString()) ? List.of("WEDNESDAY")
                            : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
        }
    }

    @Test
    void theDemoCatalogueIsPublishedWithItsFullSchedule() {
        for (String id : List.of("aps", "alsh-mercredis", "alsh-vacances", "ado-minos")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !kafka.received(ACTIVITIES_TOPIC, id, PUBLISHED)
                    .isEmpty());
        }
        JsonNode aps = api.json().readTree(kafka.received(ACTIVITIES_TOPIC, "aps", PUBLISHED).get(0).value());
        assertThat(aps.get("activityId").asString()).isEqualTo("aps");
        assertThat(aps.get("kind").asString()).isEqualTo("APS");
        assertThat(aps.at("/season/id").asString()).isEqualTo("2026-2027");
        assertThat(aps.at("/season/start").asString()).isEqualTo("2026-09-01");
        assertThat(aps.at("/season/end").asString()).isEqualTo("2027-08-31");
        assertThat(aps.at("/periods/0/start").asString()).isEqualTo("2026-09-01");
        assertThat(aps.at("/periods/0/end").asString()).isEqualTo("2026-10-16");
        assertThat(texts(aps.at("/periods/0/weekdays"))).containsExactly("MONDAY", "TUESDAY", "THURSDAY", "FRIDAY");
        assertThat(aps.at("/units/1/row").asString()).isEqualTo("ACCUEIL");
        assertThat(aps.at("/deadline/kind").asString()).isEqualTo("WORKING_DAYS_BEFORE");
        assertThat(aps.at("/deadline/days").asInt()).isEqualTo(2);
        assertThat(aps.at("/deadline/time").asString()).isEqualTo("23:59");
        assertThat(texts(aps.get("closedDays"))).contains("2026-11-11", "2027-03-29", "2027-05-17");
        JsonNode mercredis = api.json().readTree(kafka.received(ACTIVITIES_TOPIC, "alsh-mercredis", PUBLISHED).get(0)
                .value());
        assertThat(mercredis.get("deadline").has("days")).isFalse();
    }

    @Test
    void aChildIsOfferedOnlyTheActivitiesItsAgeAllows() {
        String familyId = FamilyFixtures.newFamilyId();
        String lea = families.aCompleteFamilyWithAChild(familyId, "Léa", BORN_2018);
        String tom = families.child(familyId, "Tom", BORN_2013);

        assertThat(ids(api.get("/api/registrations/activities?childId=" + lea, tokens.parent(familyId)).body()))
                .contains("aps", "alsh-mercredis", "alsh-vacances").doesNotContain("ado-minos");
        assertThat(ids(api.get("/api/registrations/activities?childId=" + tom, tokens.parent(familyId)).body()))
                .contains("ado-minos").doesNotContain("aps", "alsh-mercredis", "alsh-vacances");
        assertThat(ids(api.get("/api/registrations/activities?childId=" + tom, tokens.staff()).body()))
                .contains("ado-minos");
    }

    @Test
    void staffAddAnActivityAndChangeItsClosuresAndEachChangeIsPublished() {
        String id = "stage-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> form = stage(id, List.of(period("Vacances de Noël", "2026-12-19", "2027-01-03")),
                List.of("2026-12-25"));

        Api.Answer created = api.post("/api/registrations/activities", tokens.staff(), form);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/registrations/activities/" + id);
        assertThat(created.body().at("/season/label").asString()).isEqualTo("Année scolaire 2026–2027");
        ConsumerRecord<String, String> first = awaitPublished(id, 1).get(0);
        JsonNode schedule = api.json().readTree(first.value());
        assertThat(schedule.get("name").asString()).isEqualTo("Stage multisport");
        assertThat(schedule.at("/periods/0/kind").asString()).isEqualTo("HOLIDAY");
        assertThat(texts(schedule.at("/periods/0/weekdays"))).containsExactly("MONDAY", "TUESDAY", "WEDNESDAY");
        assertThat(texts(schedule.get("closedDays"))).containsExactly("2026-12-25");

        form.put("closedDays", List.of("2026-12-25", "2026-12-31"));
        form.put("updatedAt", created.body().get("updatedAt").asString());
        Api.Answer revised = api.put("/api/registrations/activities/" + id, tokens.staff(), form);

        assertThat(revised.status()).isEqualTo(200);
        JsonNode second = api.json().readTree(awaitPublished(id, 2).get(1).value());
        assertThat(texts(second.get("closedDays"))).containsExactly("2026-12-25", "2026-12-31");

        Api.Answer stale = api.put("/api/registrations/activities/" + id, tokens.staff(), form);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("activite-modifiee");
    }

    @Test
    void refusesAnActivityWithAPeriodEndingBeforeItStarts() {
        String id = "stage-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Answer refused = api.post("/api/registrations/activities", tokens.staff(),
                stage(id, List.of(period("À l'envers", "2027-01-03", "2026-12-19")), List.of()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.code()).isEqualTo("periode-invalide");
        assertThat(refused.detail()).isEqualTo("La période « À l'envers » doit commencer avant de finir.");
        assertThat(api.get("/api/registrations/activities/" + id, tokens.staff()).status()).isEqualTo(404);
    }

    @Test
    void refusesToAddAPeriodThatIsAlreadyOverAndChangesNothing() {
        String id = "stage-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> form = stage(id, List.of(period("Vacances de Noël", "2026-12-19", "2027-01-03")),
                List.of());
        api.post("/api/registrations/activities", tokens.staff(), form);
        form.put("periods", List.of(period("Vacances de la Toussaint", "2026-10-17", "2026-11-01"),
                period("Vacances de Noël", "2026-12-19", "2027-01-03")));

        Api.Answer refused = api.put("/api/registrations/activities/" + id, tokens.staff(), form);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("periode-passee");
        assertThat(refused.detail()).isEqualTo("La période « Vacances de la Toussaint » est terminée : elle ne peut "
                + "plus être ajoutée, modifiée ni retirée.");
        assertThat(api.get("/api/registrations/activities/" + id, tokens.staff()).body().get("periods")).hasSize(1);
    }

    @Test
    void refusesAnActivityOfASeasonWithoutCalendar() {
        Map<String, Object> form = stage("stage-" + UUID.randomUUID().toString().substring(0, 8),
                List.of(period("Noël", "2027-12-18", "2028-01-02")), List.of());
        form.put("seasonId", "2027-2028");

        Api.Answer refused = api.post("/api/registrations/activities", tokens.staff(), form);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("saison-inconnue");
    }

    @Test
    void everyoneSeesTheTownHallsOpeningHours() {
        JsonNode hours = api.get("/api/registrations/opening-hours", tokens.parent(FamilyFixtures.newFamilyId()))
                .body();
        assertThat(hours.get("place").asString()).startsWith("Mairie de Carcans");
        assertThat(hours.get("days")).hasSize(5);
        assertThat(hours.at("/days/0/dayLabel").asString()).isEqualTo("Lundi");
        assertThat(hours.at("/days/0/label").asString()).isEqualTo("8h30 – 12h00, 13h30 – 17h00");
        assertThat(hours.get("openNow").asBoolean()).as("Monday 30 November, 10:00").isTrue();
        assertThat(hours.get("nextOpeningLabel").asString()).isEqualTo("lundi 30 novembre à 13h30");
    }

    @Test
    void theSchoolCalendarOfTheSeasonIsThere() {
        JsonNode calendar = api.get("/api/registrations/calendars/2026-2027", tokens.staff()).body();
        assertThat(calendar.get("zone").asString()).isEqualTo("A");
        assertThat(calendar.get("periods")).hasSize(12);
        assertThat(texts(calendar.get("publicHolidays"))).contains("2027-03-29", "2027-05-06", "2027-05-17");
    }

    private List<ConsumerRecord<String, String>> awaitPublished(String id, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> kafka.received(ACTIVITIES_TOPIC, id, PUBLISHED).size()
                >= count);
        return kafka.received(ACTIVITIES_TOPIC, id, PUBLISHED);
    }

    private static Map<String, Object> stage(String id, List<Map<String, Object>> periods, List<String> closedDays) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("id", id);
        form.put("name", "Stage multisport");
        form.put("kind", "AUTRE");
        form.put("description", "Trois matinées de sport pendant les vacances.");
        form.put("ageMin", 6);
        form.put("ageMax", 12);
        form.put("seasonId", "2026-2027");
        form.put("weekdays", List.of("MONDAY", "TUESDAY", "WEDNESDAY"));
        form.put("periods", new ArrayList<>(periods));
        form.put("units", List.of(Map.of("code", "matin", "row", "ACCUEIL", "label", "Matin")));
        form.put("closedDays", closedDays);
        form.put("deadline", Map.of("kind", "WORKING_DAYS_BEFORE", "days", 3, "time", "12:00"));
        form.put("autoApprove", false);
        return form;
    }

    private static Map<String, Object> period(String label, String start, String end) {
        return Map.of("kind", "HOLIDAY", "label", label, "start", start, "end", end);
    }

    private static List<String> ids(JsonNode list) {
        return list.valueStream().map(a -> a.get("id").asString()).toList();
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(node -> node.get(field).asString()).toList();
    }
}
