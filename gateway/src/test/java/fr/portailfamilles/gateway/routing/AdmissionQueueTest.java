package fr.portailfamilles.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;

class AdmissionQueueTest {

    /** One request at the door: its ticket once admitted, or why it was refused. */
    static final class Arrival {
        final AtomicReference<AdmissionQueue.Ticket> ticket = new AtomicReference<>();
        final AtomicReference<Throwable> refused = new AtomicReference<>();
        final CountDownLatch answered = new CountDownLatch(1);
        Disposable subscription;

        boolean admitted() {
            return ticket.get() != null;
        }

        boolean awaitAnswer() throws InterruptedException {
            return answered.await(5, TimeUnit.SECONDS);
        }
    }

    private final List<String> admittedInOrder = new CopyOnWriteArrayList<>();

    @Test
    void admitsAsManyAsTheServiceTakesThenTheOthersInTheirOrderOfArrival() {
        AdmissionQueue queue = new AdmissionQueue("reservation", 2, 100, Duration.ofMinutes(1), Schedulers.parallel());
        List<Arrival> arrivals = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            arrivals.add(arrive(queue, "famille-" + i));
        }

        assertThat(admittedInOrder).containsExactly("famille-0", "famille-1");
        assertThat(queue.waiting()).isEqualTo(3);

        arrivals.get(1).ticket.get().giveBack();
        arrivals.get(0).ticket.get().giveBack();
        assertThat(admittedInOrder).containsExactly("famille-0", "famille-1", "famille-2", "famille-3");
        assertThat(queue.inFlight()).isEqualTo(2);

        arrivals.get(2).ticket.get().giveBack();
        arrivals.get(2).ticket.get().giveBack(); // an exchange ends once: a second give-back frees nothing more
        assertThat(admittedInOrder).endsWith("famille-4");
        arrivals.get(3).ticket.get().giveBack();
        arrivals.get(4).ticket.get().giveBack();
        assertThat(queue.inFlight()).isZero();
        assertThat(queue.waiting()).isZero();
    }

    @Test
    void refusesANewcomerAtOnceWhenTheQueueIsFull() throws InterruptedException {
        AdmissionQueue queue = new AdmissionQueue("reservation", 1, 1, Duration.ofMinutes(1), Schedulers.parallel());
        arrive(queue, "dans-le-service");
        arrive(queue, "en-attente");

        Arrival third = arrive(queue, "de-trop");

        assertThat(third.awaitAnswer()).isTrue();
        assertThat(third.refused.get()).isInstanceOfSatisfying(AdmissionQueue.Refused.class,
                refused -> assertThat(refused.queueFull()).isTrue());
        assertThat(queue.waiting()).isEqualTo(1);
    }

    @Test
    void refusesOneThatWaitedTooLongAndItsPlaceGoesToTheNext() throws InterruptedException {
        AdmissionQueue queue = new AdmissionQueue("reservation", 1, 10, Duration.ofMillis(200), Schedulers.parallel());
        Arrival inService = arrive(queue, "dans-le-service");
        Arrival tooLong = arrive(queue, "trop-longtemps");

        assertThat(tooLong.awaitAnswer()).isTrue();
        assertThat(tooLong.refused.get()).isInstanceOfSatisfying(AdmissionQueue.Refused.class,
                refused -> assertThat(refused.queueFull()).isFalse());
        assertThat(queue.waiting()).isZero();

        Arrival next = arrive(queue, "suivante");
        inService.ticket.get().giveBack();
        assertThat(next.admitted()).isTrue();
        assertThat(tooLong.admitted()).isFalse();
    }

    @Test
    void aRequestAbandonedWhileWaitingLeavesTheQueueWithoutTakingATurn() {
        AdmissionQueue queue = new AdmissionQueue("reservation", 1, 10, Duration.ofMinutes(1), Schedulers.parallel());
        Arrival inService = arrive(queue, "dans-le-service");
        Arrival abandoned = arrive(queue, "page-fermee");
        Arrival next = arrive(queue, "suivante");

        abandoned.subscription.dispose();
        assertThat(queue.waiting()).isEqualTo(1);
        inService.ticket.get().giveBack();

        assertThat(abandoned.admitted()).isFalse();
        assertThat(next.admitted()).isTrue();
        assertThat(queue.inFlight()).isEqualTo(1);
    }

    private Arrival arrive(AdmissionQueue queue, String who) {
        Arrival arrival = new Arrival();
        arrival.subscription = queue.enter().subscribe(ticket -> {
            admittedInOrder.add(who);
            arrival.ticket.set(ticket);
            arrival.answered.countDown();
        }, failure -> {
            arrival.refused.set(failure);
            arrival.answered.countDown();
        });
        return arrival;
    }
}
