package fr.portailfamilles.gateway.routing;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Scheduler;

/**
 * The door of one service on a rush: at most {@code maxInFlight} requests at the service at once,
 * the next ones waiting their turn here, first come first served, without holding a thread. A
 * service given a hundred requests at once on two cores answers each of them late (and the route's
 * time limit then fails them all); given a few at a time it answers each quickly, in the order the
 * families arrived. A request waits at most {@code maxWait}, and at most {@code maxWaiting} wait:
 * past either, it is refused with {@link Refused} — nothing of it reached the service.
 */
final class AdmissionQueue {

    /** Why a request did not get in; the service never saw it. */
    static final class Refused extends RuntimeException {

        private final boolean queueFull;

        Refused(String service, boolean queueFull) {
            super((queueFull ? "Admission queue of " : "Waited too long in the admission queue of ") + service,
                    null, false, false);
            this.queueFull = queueFull;
        }

        boolean queueFull() {
            return queueFull;
        }
    }

    /** The right to be at the service; given back once, when the exchange ends however it ends. */
    final class Ticket {

        private final AtomicBoolean returned = new AtomicBoolean();

        void giveBack() {
            if (returned.compareAndSet(false, true)) {
                admitNext();
            }
        }
    }

    private static final int WAITING = 0;
    private static final int ADMITTED = 1;
    private static final int GONE = 2;

    private final class Waiter {
        final AtomicInteger state = new AtomicInteger(WAITING);
        final MonoSink<Ticket> sink;
        /** The refusal due at {@code maxWait}, called off once the waiter is admitted or gone. */
        volatile Disposable expiry;

        Waiter(MonoSink<Ticket> sink) {
            this.sink = sink;
        }
    }

    private final String service;
    private final int maxInFlight;
    private final int maxWaiting;
    private final Duration maxWait;
    private final Scheduler timer;
    private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
    private int inFlight;

    AdmissionQueue(String service, int maxInFlight, int maxWaiting, Duration maxWait, Scheduler timer) {
        if (maxInFlight < 1 || maxWaiting < 0) {
            throw new IllegalArgumentException("maxInFlight must be at least 1 and maxWaiting not negative");
        }
        this.service = service;
        this.maxInFlight = maxInFlight;
        this.maxWaiting = maxWaiting;
        this.maxWait = maxWait;
        this.timer = timer;
    }

    /** A ticket at once while the service has room, else when the requests ahead have left, else {@link Refused}. */
    Mono<Ticket> enter() {
        return Mono.create(sink -> {
            Waiter waiter;
            synchronized (this) {
                if (inFlight < maxInFlight && waiting.isEmpty()) {
                    inFlight++;
                    waiter = null;
                } else if (waiting.size() >= maxWaiting) {
                    sink.error(new Refused(service, true));
                    return;
                } else {
                    waiter = new Waiter(sink);
                    waiting.addLast(waiter);
                }
            }
            if (waiter == null) {
                sink.success(new Ticket());
                return;
            }
            // a family that gave up (closed the page) leaves the queue; one admitted meanwhile gives its place on
            sink.onCancel(() -> leave(waiter, null));
            waiter.expiry = timer.schedule(() -> leave(waiter, new Refused(service, false)), maxWait.toMillis(),
                    TimeUnit.MILLISECONDS);
        });
    }

    synchronized int inFlight() {
        return inFlight;
    }

    synchronized int waiting() {
        return waiting.size();
    }

    private void leave(Waiter waiter, Refused refusal) {
        if (waiter.state.compareAndSet(WAITING, GONE)) {
            synchronized (this) {
                waiting.remove(waiter);
            }
            callOff(waiter.expiry);
            if (refusal != null) {
                waiter.sink.error(refusal);
            }
        } else if (refusal == null && waiter.state.compareAndSet(ADMITTED, GONE)) {
            // admitted just as it gave up: the ticket it will never use goes to the next one
            admitNext();
        }
    }

    /** A request left the service: the longest-waiting one still there takes its place. */
    private void admitNext() {
        while (true) {
            Waiter next;
            synchronized (this) {
                next = waiting.pollFirst();
                if (next == null) {
                    inFlight--;
                    return;
                }
            }
            if (next.state.compareAndSet(WAITING, ADMITTED)) {
                callOff(next.expiry);
                next.sink.success(new Ticket());
                return;
            }
        }
    }

    private static void callOff(Disposable expiry) {
        if (expiry != null) {
            expiry.dispose();
        }
    }
}
