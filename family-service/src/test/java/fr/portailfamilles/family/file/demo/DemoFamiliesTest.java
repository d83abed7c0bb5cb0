package fr.portailfamilles.family.file.demo;

import static fr.portailfamilles.family.file.FamilyIntegrationEvents.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.family.file.FamilyChanges;
import fr.portailfamilles.family.file.FamilyClock;
import fr.portailfamilles.family.file.FamilyIntegrationEvents;
import fr.portailfamilles.family.file.domain.Families;
import fr.portailfamilles.family.file.domain.Family;
import fr.portailfamilles.family.file.domain.FileState;
import fr.portailfamilles.family.support.FamilyServiceIntegration;
import fr.portailfamilles.platform.test.KafkaProbe;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo families are written once, with their events, whatever the number of restarts. */
class DemoFamiliesTest extends FamilyServiceIntegration {

    @Autowired
    Families families;
    @Autowired
    FamilyChanges changes;
    @Autowired
    FamilyClock clock;

    @Test
    void theDemoFamiliesAreWrittenOnceAndTold() {
        DemoFamilies demo = new DemoFamilies(families, changes, clock);

        demo.seed();
        Family martin = families.findById(DemoFamilies.MARTIN).orElseThrow();
        demo.seed();

        assertThat(families.findById(DemoFamilies.MARTIN).orElseThrow().updatedAt()).isEqualTo(martin.updatedAt());
        assertThat(martin.state()).isEqualTo(FileState.COMPLETE);
        assertThat(martin.accountHolder().details().email()).isEqualTo("claire.martin@example.fr");
        assertThat(martin.accountHolder().details().contact().mobilePhone()).isEqualTo("06 12 34 56 78");
        assertThat(martin.quotient().value()).isEqualTo(780);
        assertThat(martin.children()).extracting(c -> c.identity().firstName() + " " + c.identity().birthDate() + " "
                + c.care().schoolClass()).containsExactly("Léa 2019-03-14 CE1", "Hugo 2022-06-02 Petite section");
        Family durand = families.findById(DemoFamilies.DURAND).orElseThrow();
        assertThat(durand.state()).isEqualTo(FileState.COMPLETE);
        assertThat(durand.children()).anySatisfy(child -> assertThat(child.ageOn(clock.today()).getAsInt())
                .isEqualTo(13));
        assertThat(families.findById(DemoFamilies.PETIT).orElseThrow().state()).isEqualTo(FileState.INCOMPLETE);
        assertThat(families.findById(DemoFamilies.PETIT).orElseThrow().completeness(LocalDate.now()).isComplete())
                .isFalse();

        try (KafkaProbe kafka = new KafkaProbe(kafkaBootstrap(), TOPIC)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> kafka.received(TOPIC, DemoFamilies.MARTIN).size() == 6);
            assertThat(kafka.received(TOPIC, DemoFamilies.MARTIN)).extracting(r -> KafkaProbe.header(r, "ce_type"))
                    .containsExactly(FamilyIntegrationEvents.QUOTIENT_CHANGED, FamilyIntegrationEvents.CHILD_UPDATED,
                            FamilyIntegrationEvents.CHILD_CARE_FLAGS_CHANGED, FamilyIntegrationEvents.CHILD_UPDATED,
                            FamilyIntegrationEvents.CHILD_CARE_FLAGS_CHANGED, FamilyIntegrationEvents.FILE_COMPLETED);
            assertThat(kafka.received(TOPIC, DemoFamilies.MARTIN, FamilyIntegrationEvents.CHILD_CARE_FLAGS_CHANGED))
                    .map(r -> JsonMapper.builder().build().readTree(r.value()))
                    .extracting(flags -> flags.get("childId").asString() + " PAI " + flags.get("hasPai").asBoolean()
                            + " allergie " + flags.get("hasAllergy").asBoolean() + " régime "
                            + flags.get("hasDiet").asBoolean())
                    .containsExactly("chd-lea-martin PAI true allergie true régime false",
                            "chd-hugo-martin PAI false allergie false régime false");
            await().atMost(Duration.ofSeconds(30)).until(() -> !kafka.received(TOPIC, DemoFamilies.DURAND,
                    FamilyIntegrationEvents.FILE_COMPLETED).isEmpty());
            assertThat(kafka.received(TOPIC, DemoFamilies.PETIT, FamilyIntegrationEvents.FILE_COMPLETED)).isEmpty();
        }
        JsonNode queue = staff().get("/api/families/contact-changes").json();
        assertThat(queue.toString()).contains("ccr-durand-demo");
    }
}
