package fr.portailfamilles.reservation.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.platform.test.KafkaProbe;
import fr.portailfamilles.platform.test.SharedInfrastructure;
import fr.portailfamilles.reservation.support.ReservationTestBase;
import fr.portailfamilles.reservation.support.Town;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The allocator consumes its commands in batches: a command it cannot read must go alone to the
 * dead-letter topic after its retries, and the commands that came with it must still be decided.
 */
class PoisonCommandTest extends ReservationTestBase {

    private static final String COMMANDS = "reservation.allocation.v1";

    @Test
    void anUnreadableCommandGoesAloneToTheDeadLetterTopicAndTheOthersAreDecided() {
        Town.Activity activity = town.activity();
        Town.Child lea = town.register(activity, "Léa");
        Town.Child tom = town.register(activity, "Tom");
        LocalDate day = town.bookableDays(activity, 1).get(0);
        String poisonId = "poison-" + UUID.randomUUID();

        try (KafkaProbe deadLetters = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrap(), COMMANDS + ".dlt")) {
            String leaRequest = send(lea, reserve(cell(day, "matin")));
            kafka.send(COMMANDS, activity.id() + "|" + day + "|matin", poisonId,
                    "fr.portailfamilles.reservation.allocation-requested.v1", "{\"commandId\": [not json");
            String tomRequest = send(tom, reserve(cell(day, "matin"), cell(day, "soir")));

            await().atMost(Duration.ofSeconds(30)).until(() -> settled(lea, leaRequest) != null
                    && settled(tom, tomRequest) != null);
            assertThat(stateOf(lea, day, "matin")).isEqualTo("CONFIRMED");
            assertThat(stateOf(tom, day, "matin")).isEqualTo("CONFIRMED");
            assertThat(stateOf(tom, day, "soir")).isEqualTo("CONFIRMED");
            await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.received().stream()
                    .anyMatch(r -> poisonId.equals(KafkaProbe.header(r, "ce_id"))));
            List<ConsumerRecord<String, String>> dead = deadLetters.received().stream()
                    .filter(r -> r.key().startsWith(activity.id())).toList();
            assertThat(dead).extracting(r -> KafkaProbe.header(r, "ce_id")).containsExactly(poisonId);
        }
    }
}
