package fr.portailfamilles.registration.registration;

import static fr.portailfamilles.registration.support.FamilyFixtures.BORN_2013;
import static fr.portailfamilles.registration.support.FamilyFixtures.BORN_2018;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamilles.registration.catalogue.domain.Activity;
import fr.portailfamilles.registration.catalogue.domain.ActivityDefinition;
import fr.portailfamilles.registration.catalogue.domain.Catalogue;
import fr.portailfamilles.registration.catalogue.domain.PeriodKind;
import fr.portailfamilles.registration.catalogue.domain.Season;
import fr.portailfamilles.registration.registration.domain.Registration;
import fr.portailfamilles.registration.support.Api;
import fr.portailfamilles.registration.support.FamilyFixtures;
import fr.portailfamilles.registration.support.ServiceTestSupport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Every refusal is a French problem+json 4xx with a stable code, and writes nothing. */
class RegistrationBadInputTest extends ServiceTestSupport {

    @Test
    void refusesAnUnknownActivity() {
        String familyId = FamilyFixtures.newFamilyId();
        String childId = families.aCompleteFamilyWithAChild(familyId, "Léa", BORN_2018);

        assertRefused(request(familyId, childId, "poney-club"), 404, "activite-introuvable",
                "Cette activité est introuvable.");
        assertNothingWrittenFor(childId);
    }

    @Test
    void refusesAnUnknownChild() {
        String familyId = FamilyFixtures.newFamilyId();
        families.aCompleteFamilyWithAChild(familyId, "Léa", BORN_2018);

        assertRefused(request(familyId, "chd-inconnu", "aps"), 404, "enfant-introuvable", "Cet enfant est introuvable.");
    }

    @Test
    void refusesAChildOfAnotherFamilyAsIfItDidNotExist() {
        String familyA = FamilyFixtures.newFamilyId();
        String childOfA = families.aCompleteFamilyWithAChild(familyA, "Léa", BORN_2018);
        String familyB = FamilyFixtures.newFamilyId();
        families.aCompleteFamilyWithAChild(familyB, "Hugo", BORN_2018);

        assertRefused(request(familyB, childOfA, "aps"), 404, "enfant-introuvable", "Cet enfant est introuvable.");
        assertRefused(api.get("/api/registrations/activities?childId=" + childOfA, tokens.parent(familyB)), 404,
                "enfant-introuvable", "Cet enfant est introuvable.");
        assertNothingWrittenFor(childOfA);
    }

    @Test
    void refusesAnAgeOutOfRange() {
        String familyId = FamilyFixtures.newFamilyId();
        String childId = families.aCompleteFamilyWithAChild(familyId, "Léa", BORN_2018);

        Api.Answer refused = request(familyId, childId, "ado-minos");

        assertRefused(refused, 422, "age-hors-limites", "L'activité « Structure Jeunesse « Ado'Minos » » est ouverte "
                + "aux enfants de 11 à 17 ans au 01/09/2026 (début de la saison). Âge de Léa à cette date : 8 ans.");
        assertThat(refused.body().get("ageMin").asInt()).isEqualTo(11);
        assertNothingWrittenFor(childId);
    }

    @Test
    void refusesARequestWhileTheFamilyFileIsIncomplete() {
        String familyId = FamilyFixtures.newFamilyId();
        String childId = families.child(familyId, "Léa", BORN_2018);

        Api.Answer refused = request(familyId, childId, "aps");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("dossier-incomplet");
        assertThat(refused.detail()).startsWith("Votre dossier famille doit être complet");
        assertNothingWrittenFor(childId);
    }

    @Test
    void refusesAnActivityWhoseSeasonIsOver() {
        String familyId = FamilyFixtures.newFamilyId();
        String childId = families.aCompleteFamilyWithAChild(familyId, "Léa", BORN_2018);
        String pastId = "stage-ete-2026-" + UUID.randomUUID().toString().substring(0, 8);
        Season lastYear = new Season("2025-2026", "Année scolaire 2025–2026", LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 8, 31));
        ActivityDefinition summer = Catalogue.definition(List.of(Catalogue.period("ete-2026", PeriodKind.HOLIDAY,
                "Vacances d'été 2026", "2026-07-04", "2026-08-31")), new TreeSet<>());
        mongo.insert(Activity.create(pastId, summer, lastYear, Instant.parse("2026-06-01T08:00:00Z")));

        Api.Answer refused = request(familyId, childId, pastId);

        assertRefused(refused, 422, "inscriptions-terminees",
                "Les inscriptions à « APS » sont closes : la saison « Année scolaire 2025–2026 » est terminée.");
        assertNothingWrittenFor(childId);
    }

    @Test
    void refusesADuplicateWhilePendingAndOnceApproved() {
        String familyId = FamilyFixtures.newFamilyId();
        String childId = families.aCompleteFamilyWithAChild(familyId, "Léa", BORN_2018);
        String id = request(familyId, childId, "aps").body().get("id").asString();

        assertRefused(request(familyId, childId, "aps"), 409, "inscription-en-double",
                "Une demande d'inscription de Léa à « APS — Accueil périscolaire » est déjà en attente de traitement.");
        api.post("/api/registrations/" + id + "/approval", tokens.staff(), null);
        assertRefused(request(familyId, childId, "aps"), 409, "inscription-en-double",
                "L'inscription de Léa à « APS — Accueil périscolaire » est déjà validée pour la saison "
                        + "« Année scolaire 2026–2027 ».");
        assertThat(registrationsOf(childId)).hasSize(1);
    }

    @Test
    void simultaneousDuplicatesLeaveOneRequest() throws Exception {
        String familyId = FamilyFixtures.newFamilyId();
        String childId = families.aCompleteFamilyWithAChild(familyId, "Léa", BORN_2018);
        ExecutorService parents = Executors.newFixedThreadPool(8);
        try {
            List<Future<Api.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(parents.submit(() -> request(familyId, childId, "alsh-mercredis")));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Answer> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS).status());
            }
            assertThat(statuses).containsOnlyOnce(202).containsOnly(202, 409);
        } finally {
            parents.shutdown();
        }
        assertThat(registrationsOf(childId)).hasSize(1);
    }

    @Test
    void refusesToDecideARequestTwice() {
        String id = aPendingRequest();
        assertThat(api.post("/api/registrations/" + id + "/approval", tokens.staff(), null).status()).isEqualTo(200);

        assertRefused(api.post("/api/registrations/" + id + "/approval", tokens.staff(), null), 409,
                "demande-deja-traitee", "Cette demande a déjà été validée.");
        assertRefused(api.post("/api/registrations/" + id + "/refusal", tokens.staff(), Map.of("reason", "Trop tard")),
                409, "demande-deja-traitee", "Cette demande a déjà été validée.");
        assertThat(state(id)).isEqualTo("VALIDEE");
    }

    @Test
    void refusesARefusalWithoutReason() {
        String id = aPendingRequest();

        assertRefused(api.post("/api/registrations/" + id + "/refusal", tokens.staff(), Map.of("reason", " ")), 400,
                "motif-obligatoire", "Indiquez à la famille le motif du refus.");
        assertRefused(api.post("/api/registrations/" + id + "/refusal", tokens.staff(), null), 400,
                "motif-obligatoire", "Indiquez à la famille le motif du refus.");
        assertThat(state(id)).isEqualTo("ENVOYEE");
    }

    @Test
    void refusesARequestWithoutChildOrActivity() {
        String familyId = FamilyFixtures.newFamilyId();
        Api.Answer refused = api.post("/api/registrations", tokens.parent(familyId), Map.of("childId", "chd-1"));
        assertRefused(refused, 400, "donnees-invalides", "Certaines données envoyées sont invalides.");
        assertThat(refused.body().get("erreurs").toString()).contains("Choisissez l'activité.");
        assertRefused(api.post("/api/registrations", tokens.parent(familyId), "{pas du json"), 400,
                "requete-invalide", "La requête est invalide.");
    }

    @Test
    void refusesAnUnknownRegistrationAndAnUnknownStateFilter() {
        assertRefused(api.post("/api/registrations/" + UUID.randomUUID() + "/approval", tokens.staff(), null), 404,
                "inscription-introuvable", "Cette inscription est introuvable.");
        Api.Answer badFilter = api.get("/api/registrations/requests?state=PERDUE", tokens.staff());
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.code()).isEqualTo("parametre-invalide");
    }

    @Test
    void aParentCannotCallStaffEndpoints() {
        String familyId = FamilyFixtures.newFamilyId();
        String childId = families.aCompleteFamilyWithAChild(familyId, "Léa", BORN_2018);
        String id = request(familyId, childId, "aps").body().get("id").asString();
        String parent = tokens.parent(familyId);

        List<Api.Answer> answers = List.of(
                api.get("/api/registrations/requests", parent),
                api.get("/api/registrations/requests/" + id, parent),
                api.post("/api/registrations/" + id + "/approval", parent, null),
                api.post("/api/registrations/" + id + "/refusal", parent, Map.of("reason", "Non")),
                api.post("/api/registrations/activities", parent, "{pas du json"),
                api.put("/api/registrations/activities/aps", parent, Map.of("name", "Piratage")),
                api.put("/api/registrations/opening-hours", parent, Map.of("place", "Chez moi")),
                api.put("/api/registrations/calendars/2026-2027", parent, Map.of("label", "Toujours en vacances")));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.code()).isEqualTo("acces-refuse");
            assertThat(answer.detail()).isEqualTo("Vous n'avez pas les droits nécessaires pour cette action.");
        });
        assertThat(state(id)).isEqualTo("ENVOYEE");
        assertThat(api.get("/api/registrations/activities/aps", parent).body().get("name").asString())
                .isEqualTo("APS — Accueil périscolaire");
    }

    @Test
    void staffCannotRequestForAFamily() {
        assertRefused(api.post("/api/registrations", tokens.staff(), Map.of("childId", "chd-1", "activityId", "aps")),
                403, "famille-requise", "Cette action est réservée aux responsables d'une famille.");
        assertRefused(api.get("/api/registrations/me", tokens.staff()), 403, "famille-requise",
                "Cette action est réservée aux responsables d'une famille.");
    }

    @Test
    void aParentSeesAndCancelsOnlyTheirOwnFamilysRegistrations() {
        String familyA = FamilyFixtures.newFamilyId();
        String childOfA = families.aCompleteFamilyWithAChild(familyA, "Léa", BORN_2018);
        String registrationOfA = request(familyA, childOfA, "aps").body().get("id").asString();
        String familyB = FamilyFixtures.newFamilyId();
        String parentOfB = tokens.parent(familyB);

        assertRefused(api.get("/api/registrations/" + registrationOfA, parentOfB), 404, "famille-introuvable",
                "Cette famille est introuvable.");
        assertRefused(api.post("/api/registrations/" + registrationOfA + "/cancellation", parentOfB, null), 404,
                "famille-introuvable", "Cette famille est introuvable.");
        assertThat(api.get("/api/registrations/me", parentOfB).body().get("children")).isEmpty();

        assertThat(api.get("/api/registrations/" + registrationOfA, tokens.parent(familyA)).status()).isEqualTo(200);
        assertThat(api.get("/api/registrations/" + registrationOfA, tokens.staff()).status()).isEqualTo(200);
        assertThat(state(registrationOfA)).isEqualTo("ENVOYEE");
    }

    @Test
    void refusesToCancelWhatIsAlreadyClosed() {
        String familyId = FamilyFixtures.newFamilyId();
        String childId = families.aCompleteFamilyWithAChild(familyId, "Léa", BORN_2013);
        String id = request(familyId, childId, "ado-minos").body().get("id").asString();
        api.post("/api/registrations/" + id + "/cancellation", tokens.parent(familyId), null);

        assertRefused(api.post("/api/registrations/" + id + "/cancellation", tokens.parent(familyId), null), 409,
                "inscription-deja-close", "Cette inscription est déjà annulée.");
    }

    private String aPendingRequest() {
        String familyId = FamilyFixtures.newFamilyId();
        String childId = families.aCompleteFamilyWithAChild(familyId, "Léa", BORN_2018);
        return request(familyId, childId, "alsh-vacances").body().get("id").asString();
    }

    private void assertNothingWrittenFor(String childId) {
        assertThat(registrationsOf(childId)).isEmpty();
    }

    private List<Registration> registrationsOf(String childId) {
        return mongo.find(Query.query(Criteria.where("child.childId").is(childId)), Registration.class);
    }

    static void assertRefused(Api.Answer answer, int status, String code, String frenchDetail) {
        assertThat(answer.status()).as(answer.body() == null ? "no body" : answer.body().toString()).isEqualTo(status);
        assertThat(answer.isProblem()).as("problem+json").isTrue();
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.detail()).isEqualTo(frenchDetail);
    }
}
