package fr.portailfamilles.reservation.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.portailfamilles.platform.test.KafkaProbe;
import fr.portailfamilles.platform.test.SharedInfrastructure;
import fr.portailfamilles.reservation.booking.domain.Holder;
import fr.portailfamilles.reservation.booking.domain.Slot;
import fr.portailfamilles.reservation.booking.domain.SlotKey;
import fr.portailfamilles.reservation.support.Api;
import fr.portailfamilles.reservation.support.ReservationTestBase;
import fr.portailfamilles.reservation.support.Town;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.cloud.stream.binding.BindingsLifecycleController.State;
import tools.jackson.databind.JsonNode;

/**
 * Opening morning in miniature: 60 families send a few hundred requests at once on four small
 * slots, some twice; allocation commands are redelivered; the allocator is stopped and started
 * in the middle; some families cancel. At the end no slot holds more than its capacity, each
 * waitlist is in arrival order, promotions took the head, and every cell of every accepted
 * request was decided exactly once.
 */
class ConcurrentAllocationTest extends ReservationTestBase {

    static final String ALLOCATOR = "allocateReservation-in-0";
    static final Set<String> DECISIONS = Set.of("confirmed", "waitlisted", "refused", "cancelled", "withdrawn");

    @Autowired
    Slots slots;

    @Autowired
    BindingsLifecycleController bindings;

    record Sent(Town.Child child, String requestId, Map<String, String> cell) {
    }

    @Test
    void neverOverbooksAndDecidesEachCellOnceUnderConcurrencyRedeliveryAndRestart() throws Exception {
        long seed = System.nanoTime();
        System.out.println("Concurrent allocation seed: " + seed);
        Random random = new Random(seed);
        Town.Activity activity = town.activity();
        town.capacity(activity, "matin", 5);
        town.capacity(activity, "soir", 3);
        List<LocalDate> days = town.bookableDays(activity, 2);
        List<Map<String, String>> cells = List.of(cell(days.get(0), "matin"), cell(days.get(0), "soir"),
                cell(days.get(1), "matin"), cell(days.get(1), "soir"));
        List<Town.Child> children = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            children.add(town.register(activity, "Enfant " + i));
        }
        List<Runnable> work = new ArrayList<>();
        List<Sent> accepted = Collections.synchronizedList(new ArrayList<>());
        for (Town.Child child : children) {
            for (Map<String, String> cell : cells) {
                if (random.nextInt(10) < 7) {
                    boolean twice = random.nextInt(10) == 0;
                    work.add(() -> {
                        request(child, cell, accepted);
                        if (twice) {
                            request(child, cell, accepted);
                        }
                    });
                }
            }
        }
        Collections.shuffle(work, random);
        System.out.println("Concurrent allocation: " + work.size() + " requests from 60 families on 4 slots");

        ExecutorService families = Executors.newFixedThreadPool(8);
        try (KafkaProbe commands = new KafkaProbe(SharedInfrastructure.get().kafkaBootstrap(),
                "reservation.allocation.v1")) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < work.size(); i++) {
                if (i == work.size() / 3) {
                    bindings.changeState(ALLOCATOR, State.STOPPED);
                }
                done.add(families.submit(work.get(i)));
            }
            for (Future<?> future : done) {
                future.get();
            }
            bindings.changeState(ALLOCATOR, State.STARTED);
            redeliver(commands, activity, random);
        }
        awaitSettled(accepted);
        cancelSome(accepted, random);
        awaitSettled(accepted);
        families.shutdown();

        Map<String, Integer> capacity = Map.of("matin", 5, "soir", 3);
        for (Map<String, String> cell : cells) {
            Slot slot = slots.find(new SlotKey(activity.id(), LocalDate.parse(cell.get("date")), cell.get("unit")))
                    .orElseThrow();
            assertThat(slot.confirmed()).as("never more confirmed than capacity in %s", cell)
                    .hasSizeLessThanOrEqualTo(capacity.get(cell.get("unit")));
            if (!slot.waitlist().isEmpty()) {
                assertThat(slot.confirmed()).as("nobody waits while a place is free").hasSize(capacity.get(cell.get("unit")));
            }
            assertWaitlistInArrivalOrder(slot, cell, children);
            assertGridsAgreeWithTheSlot(slot, cell, children);
        }
        assertEachCellDecidedOnce(accepted);
    }

    private void request(Town.Child child, Map<String, String> cell, List<Sent> accepted) {
        Api.Answer answer = api.post(child.path() + "/requests", child.token(), reserve(cell));
        if (answer.status() == 202) {
            accepted.add(new Sent(child, answer.body().get("requestId").asString(), cell));
        } else {
            assertThat(answer.status()).as("a re-sent request is refused cleanly: " + answer.raw()).isEqualTo(409);
        }
    }

    /** Sends again, as Kafka would after a crash, some commands the allocator already received. */
    private void redeliver(KafkaProbe commands, Town.Activity activity, Random random) {
        await().atMost(Duration.ofSeconds(30)).until(() -> commands.received().stream()
                .filter(r -> r.key().startsWith(activity.id())).count() > 20);
        List<ConsumerRecord<String, String>> sent = commands.received().stream()
                .filter(r -> r.key().startsWith(activity.id())).collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(sent, random);
        for (ConsumerRecord<String, String> record : sent.subList(0, 20)) {
            commands.send(record.topic(), record.key(), KafkaProbe.header(record, "ce_id"),
                    KafkaProbe.header(record, "ce_type"), record.value());
        }
    }

    /** A few families give back a confirmed place: the head of the waitlist must take it. */
    private void cancelSome(List<Sent> accepted, Random random) {
        List<Sent> confirmed = new ArrayList<>(accepted.stream()
                .filter(sent -> decisionsOf(sent).stream().anyMatch(d -> d.equals("confirmed"))).toList());
        Collections.shuffle(confirmed, random);
        for (Sent sent : confirmed.subList(0, Math.min(6, confirmed.size()))) {
            Api.Answer answer = api.post(sent.child().path() + "/requests", sent.child().token(), cancel(sent.cell()));
            assertThat(answer.status()).as(answer.raw()).isEqualTo(202);
            accepted.add(new Sent(sent.child(), answer.body().get("requestId").asString(), sent.cell()));
        }
    }

    private void awaitSettled(List<Sent> accepted) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            Set<String> settled = allEvents().stream().filter(r -> type(r).equals("request-settled"))
                    .map(r -> Api.JSON.readTree(r.value()).get("requestId").asString()).collect(Collectors.toSet());
            return accepted.stream().allMatch(sent -> settled.contains(sent.requestId()));
        });
    }

    private void assertEachCellDecidedOnce(List<Sent> accepted) {
        Map<String, Integer> decided = new HashMap<>();
        for (ConsumerRecord<String, String> record : allEvents()) {
            if (DECISIONS.contains(type(record))) {
                JsonNode event = Api.JSON.readTree(record.value());
                decided.merge(event.get("requestId").asString() + "|" + event.get("date").asString() + "|"
                        + event.get("unit").asString(), 1, Integer::sum);
            }
        }
        for (Sent sent : accepted) {
            assertThat(decided.get(sent.requestId() + "|" + sent.cell().get("date") + "|" + sent.cell().get("unit")))
                    .as("decisions of %s", sent).isEqualTo(1);
        }
    }

    /** Those still waiting were waitlisted in that order, and every promotion took the then head. */
    private void assertWaitlistInArrivalOrder(Slot slot, Map<String, String> cell, List<Town.Child> children) {
        Set<String> ours = children.stream().map(Town.Child::registrationId).collect(Collectors.toSet());
        List<JsonNode> waitlisted = new ArrayList<>();
        List<JsonNode> promoted = new ArrayList<>();
        for (ConsumerRecord<String, String> record : allEvents()) {
            JsonNode event = Api.JSON.readTree(record.value());
            if (ours.contains(record.key()) && event.has("date") && event.get("date").asString().equals(cell.get("date"))
                    && event.get("unit").asString().equals(cell.get("unit"))) {
                if (type(record).equals("waitlisted")) {
                    waitlisted.add(event);
                } else if (type(record).equals("promoted")) {
                    promoted.add(event);
                }
            }
        }
        // events of different children travel on different partitions: the slot's clock gives its order
        List<String> waitlistedOrder = inDecisionOrder(waitlisted);
        List<String> promotedOrder = inDecisionOrder(promoted);
        List<String> stillWaiting = slot.waitlist().holders().stream().map(Holder::registrationId).toList();
        if (!stillWaiting.isEmpty()) {
            assertThat(waitlistedOrder).as("waitlist of %s in arrival order", cell).containsSubsequence(stillWaiting);
        }
        if (!promotedOrder.isEmpty()) {
            assertThat(waitlistedOrder).as("promotions of %s take the head", cell).containsSubsequence(promotedOrder);
        }
        if (!promotedOrder.isEmpty() && !stillWaiting.isEmpty()) {
            assertThat(waitlistedOrder.indexOf(promotedOrder.get(promotedOrder.size() - 1)))
                    .isLessThan(waitlistedOrder.indexOf(stillWaiting.get(0)));
        }
    }

    private static List<String> inDecisionOrder(List<JsonNode> events) {
        return events.stream().sorted(java.util.Comparator.comparing(e -> java.time.Instant.parse(
                e.get("decidedAt").asString()))).map(e -> e.get("registrationId").asString()).toList();
    }

    private void assertGridsAgreeWithTheSlot(Slot slot, Map<String, String> cell, List<Town.Child> children) {
        Map<String, String> expected = new ConcurrentHashMap<>();
        slot.confirmed().forEach(h -> expected.put(h.registrationId(), "CONFIRMED"));
        slot.waitlist().holders().forEach(h -> expected.put(h.registrationId(), "WAITLISTED"));
        LocalDate date = LocalDate.parse(cell.get("date"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (Town.Child child : children) {
                assertThat(stateOf(child, date, cell.get("unit"))).as("grid of %s", child.firstName())
                        .isEqualTo(expected.getOrDefault(child.registrationId(), "FREE"));
            }
        });
        // the places told (when waitlisted, then by the slot's waitlist-moved events) end where its queue is
        List<Holder> waiting = slot.waitlist().holders();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (int i = 0; i < waiting.size(); i++) {
                assertThat(placeTold(waiting.get(i), cell)).as("place told to %s", waiting.get(i).registrationId())
                        .isEqualTo(i + 1);
            }
        });
    }

    /** The last place the events told of the holder's wait on the cell (places only move up). */
    private int placeTold(Holder holder, Map<String, String> cell) {
        int place = Integer.MAX_VALUE;
        for (ConsumerRecord<String, String> record : allEvents()) {
            JsonNode event = Api.JSON.readTree(record.value());
            if (!event.path("date").asString("").equals(cell.get("date"))
                    || !event.path("unit").asString("").equals(cell.get("unit"))) {
                continue;
            }
            if (type(record).equals("waitlisted") && event.get("requestId").asString().equals(holder.requestId())) {
                place = Math.min(place, event.get("position").asInt());
            } else if (type(record).equals("waitlist-moved.v2")) {
                for (JsonNode move : event.get("moves")) {
                    if (move.get("requestId").asString().equals(holder.requestId())) {
                        place = Math.min(place, move.get("position").asInt());
                    }
                }
            }
        }
        return place;
    }

    private List<String> decisionsOf(Sent sent) {
        return allEvents().stream().filter(r -> r.key().equals(sent.child().registrationId()))
                .filter(r -> Api.JSON.readTree(r.value()).path("requestId").asString("").equals(sent.requestId()))
                .map(ConcurrentAllocationTest::type).toList();
    }

    private List<ConsumerRecord<String, String>> allEvents() {
        return kafka.received().stream().filter(r -> r.topic().equals(RESERVATIONS)).toList();
    }

    private static String type(ConsumerRecord<String, String> record) {
        return KafkaProbe.header(record, "ce_type").replace(TYPE, "").replace(".v1", "");
    }
}
