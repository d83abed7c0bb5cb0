package fr.portailfamilles.reservation.grid;

import fr.portailfamilles.reservation.ReservationProperties;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
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
        send(emitter, SseEmitter.event().comment("flux ouvert").reconnectTime(3_000));
        return emitter;
    }

    /** Pushes {@code data} as an event named {@code name} to every open grid of {@code registrationId}. */
    void push(String registrationId, String name, Object data) {
        List<SseEmitter> listeners = streams.get(registrationId);
        if (listeners == null) {
            return;
        }
        for (SseEmitter emitter : listeners) {
            send(emitter, SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
        }
    }

    @Scheduled(fixedRateString = "${portail.reservation.heartbeat:15s}")
    void heartbeat() {
        streams.values().forEach(listeners -> listeners.forEach(emitter ->
                send(emitter, SseEmitter.event().comment("ping"))));
    }

    public int openStreams() {
        return open.get();
    }

    private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            emitter.completeWithError(gone);
        }
    }
}
