package fr.portailfamilles.reservation.grid;

import fr.portailfamilles.reservation.ReservationProperties;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open grids of this instance: each registration's Server-Sent Events streams, to which
 * every decision about that registration is pushed as it happens, with a comment heartbeat so
 * that proxies keep quiet streams open.
 */
@Component
public class GridPush {

    private final Map<String, List<SseEmitter>> streams = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final long timeoutMillis;

    GridPush(ReservationProperties properties) {
        this.timeoutMillis = properties.streamTimeout().toMillis();
    }

    SseEmitter open(String registrationId) {
        SseEmitter emitter = new SseEmitter(timeoutMillis);
        List<SseEmitter> listeners = streams.computeIfAbsent(registrationId, id -> new CopyOnWriteArrayList<>());
        listeners.add(emitter);
        open.incrementAndGet();
        Runnable forget = () -> {
            if (listeners.remove(emitter)) {
                open.decrementAndGet();
            }
            streams.computeIfPresent(registrationId, (id, list) -> list.isEmpty() ? null : list);
        };
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(failure -> forget.run());
        send(emitter, SseEmitter.event().comment("flux ouvert").reconnectTime(3_000).build());
        return emitter;
    }

    /** One event for the open grids of a registration: its name and its data (sent as JSON). */
    record Pushed(String registrationId, String name, Object data) {
    }

    /** Pushes {@code events}, in their order and in one write, to every open grid of {@code registrationId}. */
    void pushAll(String registrationId, List<Pushed> events) {
        List<SseEmitter> listeners = streams.get(registrationId);
        if (listeners == null) {
            return;
        }
        for (SseEmitter emitter : listeners) {
            Set<ResponseBodyEmitter.DataWithMediaType> parts = new LinkedHashSet<>();
            events.forEach(event -> parts.addAll(SseEmitter.event().name(event.name())
                    .data(event.data(), MediaType.APPLICATION_JSON).build()));
            send(emitter, parts);
        }
    }

    @Scheduled(fixedRateString = "${portail.reservation.heartbeat:15s}")
    void heartbeat() {
        streams.values().forEach(listeners -> listeners.forEach(emitter ->
                send(emitter, SseEmitter.event().comment("ping").build())));
    }

    public int openStreams() {
        return open.get();
    }

    private static void send(SseEmitter emitter, Set<ResponseBodyEmitter.DataWithMediaType> parts) {
        try {
            emitter.send(parts);
        } catch (IOException | IllegalStateException gone) {
            close(emitter, gone);
        }
    }

    /**
     * Ends a stream that can no longer be written to. When the container has already ended it
     * (the parent left), ending it again is refused, which must not stop the pushes to the other grids.
     */
    private static void close(SseEmitter emitter, Exception cause) {
        try {
            emitter.completeWithError(cause);
        } catch (IllegalStateException alreadyEnded) {
            // the container's own error handling removed it (onError, then onCompletion)
        }
    }
}
