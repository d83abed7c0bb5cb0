package fr.portailfamilles.family;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamilles.family.support.Api;
import fr.portailfamilles.family.support.Api.Answer;
import fr.portailfamilles.family.support.FamilyFixtures;
import fr.portailfamilles.family.support.FamilyFixtures.Made;
import fr.portailfamilles.family.support.FamilyServiceIntegration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A parent never sees nor changes another family: every endpoint that takes a family, child,
 * guardian or request id answers as if it did not exist (404), or refuses a staff action (403),
 * and the other family is left untouched.
 */
class OwnershipTest extends FamilyServiceIntegration {

    Made mine;
    Made theirs;
    String theirRequest;
    Api parent;
    String theirFileBefore;

    @BeforeEach
    void twoFamilies() {
        mine = fixtures().aCompleteFamily();
        theirs = fixtures().aCompleteFamily();
        theirRequest = parentOf(theirs.familyId()).post("/api/families/me/contact-changes",
                Map.of("address", FamilyFixtures.address("1 rue Ailleurs"), "mobilePhone", "0700000000"))
                .json().get("id").asString();
        parent = parentOf(mine.familyId());
        theirFileBefore = theirFile();
    }

    @Test
    void readingAnotherFamilyAnswersAsIfItDidNotExist() {
        String other = "/api/families/" + theirs.familyId();

        assertNotFound(parent.get(other), "famille-introuvable");
        assertNotFound(parent.get(other + "/dashboard"), "famille-introuvable");
        assertNotFound(parent.get(other + "/children/" + theirs.childId() + "/health-notes"), "famille-introuvable");
        assertNotFound(parent.get(other + "/health-note-reads"), "famille-introuvable");
        assertThat(parent.get("/api/families/" + mine.familyId()).status()).isEqualTo(200);
    }

    @Test
    void theOwnFamilyEndpointsNeverReachAnotherFamily() {
        assertNotFound(parent.put("/api/families/me/children/" + theirs.childId(), Map.of("schoolClass", "CM2",
                "pickUp", Map.of("nobody", true))), "enfant-introuvable");
        assertNotFound(parent.post("/api/families/me/contact-changes/" + theirRequest + "/withdrawal", null),
                "demande-introuvable");
        assertNotFound(parent.post("/api/families/me/contact-changes", Map.of("guardianId", theirs.guardianId(),
                "address", FamilyFixtures.address("2 rue Pirate"), "mobilePhone", "0700000000")),
                "responsable-introuvable");
        assertThat(parent.get("/api/families/me").json().get("id").asString()).isEqualTo(mine.familyId());
        assertThat(parent.get("/api/families/me/dashboard").json().toString()).doesNotContain(theirRequest);
        assertThat(parent.get("/api/families/me/export").body()).doesNotContain(theirs.familyId(), theirRequest);
        assertThat(theirFile()).isEqualTo(theirFileBefore);
        assertThat(staff().get("/api/families/contact-changes").json().toString()).contains(theirRequest);
    }

    @Test
    void staffActionsAreRefusedToParentsWhateverTheFamily() {
        for (String familyId : new String[] {theirs.familyId(), mine.familyId()}) {
            String path = "/api/families/" + familyId;
            assertForbidden(parent.post(path + "/completion", null));
            assertForbidden(parent.put(path + "/quotient", Map.of("value", 1, "proofDate", "2026-01-01")));
            assertForbidden(parent.post(path + "/guardians", FamilyFixtures.guardian("Intrus", "intrus@example.fr")));
            assertForbidden(parent.put(path + "/guardians/" + theirs.guardianId(),
                    FamilyFixtures.guardian("Intrus", "intrus@example.fr")));
            assertForbidden(parent.post(path + "/children", FamilyFixtures.child("Intrus", "2019-01-01")));
            assertForbidden(parent.put(path + "/children/" + theirs.childId(),
                    FamilyFixtures.child("Intrus", "2019-01-01")));
            assertForbidden(parent.post(path + "/erasure", null));
        }
        assertForbidden(parent.get("/api/families?q=" + theirs.email()));
        assertForbidden(parent.post("/api/families", Map.of("guardian", FamilyFixtures.guardian("X", "x@example.fr"))));
        assertForbidden(parent.get("/api/families/contact-changes"));
        assertForbidden(parent.post("/api/families/contact-changes/" + theirRequest + "/approval", null));
        assertForbidden(parent.post("/api/families/contact-changes/" + theirRequest + "/refusal",
                Map.of("reason", "non")));
        assertThat(theirFile()).isEqualTo(theirFileBefore);
    }

    @Test
    void staffHaveNoOwnFamily() {
        Answer me = staff().get("/api/families/me");

        assertThat(me.status()).isEqualTo(403);
        assertThat(me.code()).isEqualTo("famille-requise");
    }

    private String theirFile() {
        return staff().get("/api/families/" + theirs.familyId()).body() + staff()
                .get("/api/families/contact-changes?state=PENDING").json().valueStream()
                .filter(r -> r.get("id").asString().equals(theirRequest)).findFirst().orElseThrow();
    }

    private static void assertNotFound(Answer answer, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.code()).isEqualTo(code);
    }

    private static void assertForbidden(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.code()).isEqualTo("acces-refuse");
        assertThat(answer.detail()).isEqualTo("Cette action est réservée aux agents du service.");
    }
}
