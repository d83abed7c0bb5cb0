package fr.portailfamilles.family.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Families made through the staff API, each with its own names and e-mail so tests never collide. */
public final class FamilyFixtures {

    private final Api staff;

    FamilyFixtures(Api staff) {
        this.staff = staff;
    }

    /** What a test needs to know of a family it made. */
    public record Made(String familyId, String guardianId, List<String> childIds, String email, JsonNode file) {

        public String childId() {
            return childIds.get(0);
        }
    }

    public static Map<String, Object> guardian(String lastName, String email) {
        return Map.of("firstName", "Alex", "lastName", lastName, "email", email,
                "address", address("3 rue du Lac"), "mobilePhone", "0611223344", "employer", "Mairie");
    }

    public static Map<String, Object> address(String street) {
        return Map.of("street", street, "postalCode", "33121", "city", "Carcans");
    }

    public static Map<String, Object> child(String firstName, String birthDate) {
        return Map.of("firstName", firstName, "lastName", "Test", "birthDate", birthDate, "school", "École des Pins",
                "schoolClass", "CE2",
                "health", Map.of("allergies", "Kiwi (secret-sante)", "pai", true, "diet", "Végétarien"),
                "pickUp", Map.of("persons", List.of(Map.of("firstName", "Jo", "lastName", "Test",
                        "relationship", "Oncle", "phone", "06 01 02 03 04")), "nobody", false),
                "imageConsent", true);
    }

    /** A family with a reachable guardian and one child: complete-able, not yet complete. */
    public Made aFamilyWithOneChild() {
        String lastName = "Fam" + UUID.randomUUID().toString().substring(0, 8);
        String email = lastName.toLowerCase() + "@example.fr";
        Api.Answer opened = staff.post("/api/families", Map.of("guardian", guardian(lastName, email),
                "quotient", Map.of("value", 640, "proofDate", "2026-09-01")));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String familyId = opened.json().get("id").asString();
        Api.Answer withChild = staff.post("/api/families/" + familyId + "/children", child("Zoé", "2018-04-02"));
        assertThat(withChild.status()).as(withChild.toString()).isEqualTo(201);
        JsonNode file = withChild.json();
        return new Made(familyId, file.at("/guardians/0/id").asString(),
                file.get("children").valueStream().map(c -> c.get("id").asString()).toList(), email, file);
    }

    /** The same, declared complete by staff. */
    public Made aCompleteFamily() {
        Made made = aFamilyWithOneChild();
        Api.Answer completed = staff.post("/api/families/" + made.familyId() + "/completion", null);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        return made;
    }
}
