package fr.portailfamilles.family;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamilles.family.support.Api.Answer;
import fr.portailfamilles.family.support.FamilyFixtures;
import fr.portailfamilles.family.support.FamilyFixtures.Made;
import fr.portailfamilles.family.support.FamilyServiceIntegration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Bad input gets a French problem+json 4xx with a stable code, and nothing is half-written. */
class BadInputTest extends FamilyServiceIntegration {

    @Test
    void aBirthDateInTheFutureIsRefusedAndNothingIsAdded() {
        Made family = fixtures().aFamilyWithOneChild();
        String tomorrow = LocalDate.now().plusDays(2).toString();

        Answer refused = staff().post("/api/families/" + family.familyId() + "/children",
                FamilyFixtures.child("Futur", tomorrow));

        assertProblem(refused, 400, "date-naissance-future");
        assertThat(refused.detail()).isEqualTo("La date de naissance de Futur ne peut pas être dans le futur.");
        assertThat(file(family).get("children").size()).isEqualTo(1);
    }

    @Test
    void unknownIdsAreNotFound() {
        Made family = fixtures().aFamilyWithOneChild();
        String path = "/api/families/" + family.familyId();

        assertProblem(staff().get("/api/families/fam-inconnue"), 404, "famille-introuvable");
        assertProblem(staff().put("/api/families/fam-inconnue/quotient", Map.of("value", 1, "proofDate", "2026-01-01")),
                404, "famille-introuvable");
        assertProblem(staff().put(path + "/children/chd-inconnu", FamilyFixtures.child("X", "2019-01-01")), 404,
                "enfant-introuvable");
        assertProblem(staff().put(path + "/guardians/gdn-inconnu", FamilyFixtures.guardian("X", "x1@example.fr")), 404,
                "responsable-introuvable");
        assertProblem(staff().get(path + "/children/chd-inconnu/health-notes"), 404, "enfant-introuvable");
        assertProblem(staff().post("/api/families/contact-changes/ccr-inconnue/approval", null), 404,
                "demande-introuvable");
        assertProblem(staff().post("/api/families/fam-inconnue/erasure", null), 404, "famille-introuvable");
    }

    @Test
    void validationMessagesAreFrench() {
        Answer refused = staff().post("/api/families", Map.of("guardian", Map.of("firstName", "", "lastName", "Nom",
                "email", "pas-une-adresse")));

        assertProblem(refused, 400, "donnees-invalides");
        assertThat(refused.json().get("erreurs").valueStream().map(e -> e.get("message").asString()))
                .containsExactlyInAnyOrder("Le prénom du responsable est obligatoire.",
                        "L'adresse e-mail n'est pas valide.");
    }

    @Test
    void malformedValuesAreRefusedWithTheirOwnCode() {
        Made family = fixtures().aFamilyWithOneChild();
        Map<String, Object> badPhone = new HashMap<>(FamilyFixtures.guardian("Tel", "tel-" + family.email()));
        badPhone.put("mobilePhone", "12");
        Map<String, Object> badPostalCode = new HashMap<>(FamilyFixtures.guardian("Cp", "cp-" + family.email()));
        badPostalCode.put("address", Map.of("street", "1 rue", "postalCode", "ABCDE", "city", "Carcans"));

        assertProblem(staff().post("/api/families", Map.of("guardian", badPhone)), 400, "telephone-invalide");
        assertProblem(staff().post("/api/families", Map.of("guardian", badPostalCode)), 400, "code-postal-invalide");
        assertProblem(staff().put("/api/families/" + family.familyId() + "/quotient",
                Map.of("value", -5, "proofDate", "2026-01-01")), 400, "donnees-invalides");
        assertProblem(staff().put("/api/families/" + family.familyId() + "/quotient",
                Map.of("value", 500, "proofDate", "2026-13-45")), 400, "requete-invalide");
        assertProblem(staff().post("/api/families", "{ pas du json"), 400, "requete-invalide");
        assertProblem(staff().get("/api/families/contact-changes?state=PEUT-ETRE"), 400, "parametre-invalide");
        assertThat(file(family).get("quotient").get("value").asInt()).isEqualTo(640);
    }

    @Test
    void aFamilyCannotChangeItsChildsIdentityNorLeaveThePickUpQuestionOpen() {
        Made family = fixtures().aCompleteFamily();
        String path = "/api/families/me/children/" + family.childId();
        JsonNode before = file(family).get("children").get(0);

        Answer identity = parentOf(family.familyId()).put(path, Map.of("birthDate", "2015-01-01",
                "schoolClass", "CM2", "pickUp", Map.of("nobody", true)));
        Answer unanswered = parentOf(family.familyId()).put(path, Map.of("schoolClass", "CM2",
                "pickUp", Map.of("nobody", false)));
        Answer contradictory = parentOf(family.familyId()).put(path, Map.of("pickUp", Map.of("nobody", true,
                "persons", java.util.List.of(Map.of("firstName", "A", "lastName", "B")))));

        assertProblem(identity, 400, "identite-enfant-non-modifiable");
        assertThat(identity.detail()).startsWith("Le nom, le prénom et la date de naissance d'un enfant ne peuvent "
                + "être modifiés que par le service");
        assertProblem(unanswered, 400, "personnes-autorisees-requises");
        assertProblem(contradictory, 400, "personnes-autorisees-incoherentes");
        assertThat(file(family).get("children").get(0)).isEqualTo(before);
    }

    @Test
    void anEmptyContactChangeIsRefused() {
        Made family = fixtures().aCompleteFamily();

        Answer same = parentOf(family.familyId()).post("/api/families/me/contact-changes", Map.of(
                "address", FamilyFixtures.address("3 rue du Lac"), "mobilePhone", "06 11 22 33 44"));
        Answer noPhone = parentOf(family.familyId()).post("/api/families/me/contact-changes", Map.of(
                "address", FamilyFixtures.address("3 rue du Lac")));

        assertProblem(same, 400, "aucune-modification");
        assertProblem(noPhone, 400, "telephone-requis");
    }

    private JsonNode file(Made family) {
        return staff().get("/api/families/" + family.familyId()).json();
    }

    private static void assertProblem(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.isProblem()).as(answer.contentType()).isTrue();
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.detail()).isNotBlank();
    }
}
