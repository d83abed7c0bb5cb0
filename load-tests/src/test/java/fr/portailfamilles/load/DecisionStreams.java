package fr.portailfamilles.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;
import tools.jackson.databind.JsonNode;

/**
 * What each family's open grid receives: one Server-Sent Events stream per family through the
 * gateway, as the page opens it. Every decision is timed from the moment the family pressed
 * « Valider » to the moment it arrived here, i.e. became visible to the parent.
 */
final class DecisionStreams {

    /** One waitlist decision as the family was told it, to check the queue's order at the end. */
    record Waitlisted(String registrationId, String cell, int position, long atNanos) {
    }

    private final String portalUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Stream> streams = new ConcurrentHashMap<>();
    final Recorder latencyMicros = new Recorder(3);
    final AtomicLong decisions = new AtomicLong();
    final AtomicLong duplicateDecisions = new AtomicLong();
    final AtomicLong streamFailures = new AtomicLong();
    final AtomicLong promotions = new AtomicLong();
    final Map<String, List<Waitlisted>> waitlistedBySlot = new ConcurrentHashMap<>();
    final Map<String, List<String>> promotedBySlot = new ConcurrentHashMap<>();
    private volatile long firstValiderNanos = Long.MAX_VALUE;
    private final AtomicLong lastDecisionNanos = new AtomicLong();

    DecisionStreams(String portalUrl) {
        this.portalUrl = portalUrl;
    }

    void open(String registrationId, String token) {
        Stream stream = new Stream(registrationId);
        streams.put(registrationId, stream);
        HttpRequest request = HttpRequest.newBuilder(URI.create(portalUrl + "/api/reservations/registrations/"
                        + registrationId + "/events"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
        http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(stream)).whenComplete((answer, failure) -> {
            if (failure != null || answer.statusCode() != 200) {
                if (!stream.closing) {
                    streamFailures.incrementAndGet();
                    stream.failed = true;
                }
            }
        });
    }

    boolean isOpen(String registrationId) {
        Stream stream = streams.get(registrationId);
        return stream != null && (stream.opened || stream.failed);
    }

    /** Called just before « Valider » is sent. */
    void sending(String registrationId) {
        long now = System.nanoTime();
        streams.get(registrationId).sentAt = now;
        if (now < firstValiderNanos) {
            firstValiderNanos = now;
        }
    }

    /** The portal accepted the request: {@code cells} decisions are expected for it. */
    void accepted(String registrationId, String requestId, int cells) {
        Stream stream = streams.get(registrationId);
        stream.expected.put(requestId, cells);
    }

    boolean settled(String registrationId, String requestId) {
        Stream stream = streams.get(registrationId);
        Integer expected = stream.expected.get(requestId);
        Set<String> decided = stream.decided.get(requestId);
        return stream.failed || expected != null && decided != null && decided.size() >= expected;
    }

    int decidedCount(String registrationId, String requestId) {
        Set<String> decided = streams.get(registrationId).decided.get(requestId);
        return decided == null ? 0 : decided.size();
    }

    /**
     * A confirmed day of this family's grid to cancel, or null: an evening when there is one, since
     * evenings are the full slots whose freed place must go to the head of the waitlist.
     */
    String confirmedCell(String registrationId) {
        Set<String> confirmed = streams.get(registrationId).confirmed;
        return confirmed.stream().filter(cell -> cell.endsWith("|soir")).sorted().findFirst()
                .orElse(confirmed.stream().sorted().findFirst().orElse(null));
    }

    void close(String registrationId) {
        Stream stream = streams.get(registrationId);
        if (stream != null) {
            stream.close();
        }
    }

    double decisionsPerSecond() {
        long span = lastDecisionNanos.get() - firstValiderNanos;
        return span <= 0 ? 0 : decisions.get() / (span / 1e9);
    }

    private void decided(Stream stream, JsonNode decision, long at) {
        String outcome = decision.path("outcome").asString();
        String requestId = decision.path("requestId").asString(null);
        // the activity is the run's own, so a cell (date|unit) names its slot
        String cell = decision.path("date").asString() + "|" + decision.path("unit").asString();
        switch (outcome) {
            case "CONFIRMED", "WAITLISTED", "REFUSED", "CANCELLED", "WITHDRAWN" -> {
                if (requestId == null) {
                    return;
                }
                Set<String> cells = stream.decided.computeIfAbsent(requestId, id -> ConcurrentHashMap.newKeySet());
                if (!cells.add(cell)) {
                    duplicateDecisions.incrementAndGet();
                    return;
                }
                decisions.incrementAndGet();
                lastDecisionNanos.accumulateAndGet(at, Math::max);
                latencyMicros.recordValue(Math.max(0, (at - stream.sentAt) / 1_000));
                if ("CONFIRMED".equals(outcome)) {
                    stream.confirmed.add(cell);
                } else if ("WAITLISTED".equals(outcome)) {
                    waitlistedBySlot.computeIfAbsent(cell, s -> java.util.Collections.synchronizedList(new ArrayList<>()))
                            .add(new Waitlisted(stream.registrationId, cell, decision.path("position").asInt(), at));
                } else if ("CANCELLED".equals(outcome)) {
                    stream.confirmed.remove(cell);
                }
            }
            case "PROMOTED" -> {
                promotions.incrementAndGet();
                stream.confirmed.add(cell);
                promotedBySlot.computeIfAbsent(cell, s -> java.util.Collections.synchronizedList(new ArrayList<>()))
                        .add(stream.registrationId);
            }
            default -> {
            }
        }
    }

    /** One family's stream: Server-Sent Events lines, dispatched at each blank line. */
    private final class Stream implements Flow.Subscriber<String> {

        final String registrationId;
        final Map<String, Integer> expected = new ConcurrentHashMap<>();
        final Map<String, Set<String>> decided = new ConcurrentHashMap<>();
        final Set<String> confirmed = ConcurrentHashMap.newKeySet();
        volatile boolean opened;
        volatile boolean failed;
        volatile boolean closing;
        volatile long sentAt;
        private Flow.Subscription subscription;
        private String event;
        private final StringBuilder data = new StringBuilder();

        Stream(String registrationId) {
            this.registrationId = registrationId;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            opened = true;
            if (line.isEmpty()) {
                if ("decision".equals(event) && !data.isEmpty()) {
                    decided(this, PortalApi.json(data.toString()), System.nanoTime());
                }
                event = null;
                data.setLength(0);
            } else if (line.startsWith("event:")) {
                event = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).trim());
            }
        }

        @Override
        public void onError(Throwable failure) {
            if (!closing) {
                failed = true;
                streamFailures.incrementAndGet();
            }
        }

        @Override
        public void onComplete() {
        }

        void close() {
            closing = true;
            if (subscription != null) {
                subscription.cancel();
            }
        }
    }
}
