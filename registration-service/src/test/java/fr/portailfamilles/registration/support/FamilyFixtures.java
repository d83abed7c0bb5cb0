package fr.portailfamilles.registration.support;

import static org.awaitility.Awaitility.await;

import fr.portailfamilles.platform.test.KafkaProbe;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Families as family-service announces them on {@code family.family.v1}, and waits until this service learnt them. */
public final class FamilyFixtures {

    public static final String TOPIC = "family.family.v1";
    public static final String FILE_COMPLETED = "fr.portailfamilles.family.file-completed.v1";
    public static final String CHILD_UPDATED = "fr.portailfamilles.family.child-updated.v1";
    public static final String FAMILY_ERASED = "fr.portailfamilles.family.family-erased.v1";

    /** 8 years old at the rentrée 2026: APS and ALSH, not Ado'Minos. */
    public static final LocalDate BORN_2018 = LocalDate.of(2018, 5, 10);
    /** 13 years old at the rentrée 2026: Ado'Minos only. */
    public static final LocalDate BORN_2013 = LocalDate.of(2013, 3, 1);

    private final KafkaProbe kafka;
    private final MongoTemplate mongo;
    private final JsonMapper json = JsonMapper.builder().build();

    public FamilyFixtures(KafkaProbe kafka, MongoTemplate mongo) {
        this.kafka = kafka;
        this.mongo = mongo;
    }

    public static String newFamilyId() {
        return "fam-" + UUID.randomUUID();
    }

    /** A family whose file staff declared complete, with one child; returns the child's id once learnt. */
    public String aCompleteFamilyWithAChild(String familyId, String firstName, LocalDate birthDate) {
        String childId = child(familyId, firstName, birthDate);
        fileCompleted(familyId);
        awaitCompleteFile(familyId);
        return childId;
    }

    public String child(String familyId, String firstName, LocalDate birthDate) {
        String childId = "chd-" + UUID.randomUUID();
        childUpdated(UUID.randomUUID().toString(), familyId, childId, firstName, birthDate);
        awaitChild(childId);
        return childId;
    }

    public void childUpdated(String eventId, String familyId, String childId, String firstName, LocalDate birthDate) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("familyId", familyId);
        payload.put("childId", childId);
        payload.put("firstName", firstName);
        payload.put("lastName", "Martin");
        payload.put("birthDate", birthDate.toString());
        payload.put("school", "École élémentaire de Carcans");
        payload.put("schoolClass", "CE2");
        payload.put("updatedAt", "2026-11-30T08:00:00Z");
        kafka.send(TOPIC, familyId, eventId, CHILD_UPDATED, json.writeValueAsString(payload));
    }

    public void fileCompleted(String familyId) {
        fileCompleted(UUID.randomUUID().toString(), familyId);
    }

    public void fileCompleted(String eventId, String familyId) {
        kafka.send(TOPIC, familyId, eventId, FILE_COMPLETED, json.writeValueAsString(Map.of("familyId", familyId,
                "email", "claire.martin@example.fr", "firstName", "Claire", "lastName", "Martin",
                "completedAt", "2026-11-30T08:10:00Z")));
    }

    public void familyErased(String familyId) {
        kafka.send(TOPIC, familyId, UUID.randomUUID().toString(), FAMILY_ERASED,
                json.writeValueAsString(Map.of("familyId", familyId, "erasedAt", "2026-11-30T11:00:00Z")));
    }

    public Document knownChild(String childId) {
        return mongo.findById(childId, Document.class, "known_children");
    }

    public Document familyFile(String familyId) {
        return mongo.findById(familyId, Document.class, "family_files");
    }

    public void awaitChild(String childId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> knownChild(childId) != null);
    }

    public void awaitCompleteFile(String familyId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Document file = familyFile(familyId);
            return file != null && Boolean.TRUE.equals(file.getBoolean("complete"));
        });
    }
}
