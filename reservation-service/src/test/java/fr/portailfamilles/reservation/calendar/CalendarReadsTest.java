package fr.portailfamilles.reservation.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamilles.platform.messaging.AppliedEvents;
import fr.portailfamilles.reservation.calendar.domain.OpeningWindow;
import fr.portailfamilles.reservation.support.ReservationTestBase;
import fr.portailfamilles.reservation.support.Town;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Every grid and request reads its activity's calendar and openings: each is kept a second, a
 * change through this instance is seen at once, one through another instance within the second.
 */
class CalendarReadsTest extends ReservationTestBase {

    static final long A_SECOND_AND_A_BIT = Duration.ofMillis(1_001).toNanos();

    @Autowired
    ActivitySchedules schedules;
    @Autowired
    Openings openings;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AppliedEvents appliedEvents;

    @Test
    void aDayClosedThroughAnotherInstanceShowsWithinTheSecondAndAtOnceHere() {
        Town.Activity activity = town.activity();
        LocalDate day = town.bookableDays(activity, 1).get(0);
        AtomicLong nanos = new AtomicLong();
        ActivitySchedules elsewhere = new ActivitySchedules(mongo, appliedEvents, nanos::get);
        assertThat(elsewhere.find(activity.id()).orElseThrow().closures()).doesNotContainKey(day);

        schedules.close(activity.id(), day, "Grève");

        assertThat(schedules.find(activity.id()).orElseThrow().closures()).containsEntry(day, "Grève");
        assertThat(elsewhere.find(activity.id()).orElseThrow().closures()).as("kept").doesNotContainKey(day);
        nanos.addAndGet(A_SECOND_AND_A_BIT);
        assertThat(elsewhere.find(activity.id()).orElseThrow().closures()).containsEntry(day, "Grève");
    }

    @Test
    void anOpeningSetThroughAnotherInstanceShowsWithinTheSecondAndAtOnceHere() {
        Town.Activity activity = town.activity();
        AtomicLong nanos = new AtomicLong();
        Openings elsewhere = new Openings(mongo, nanos::get);
        assertThat(elsewhere.of(activity.id())).isEmpty();
        assertThat(openings.of(activity.id())).isEmpty();

        openings.save(activity.id(), new OpeningWindow("p1", LocalDateTime.parse("2026-12-01T08:30"),
                Duration.ofMinutes(5)));

        assertThat(openings.of(activity.id())).containsKey("p1");
        assertThat(elsewhere.of(activity.id())).as("kept").isEmpty();
        nanos.addAndGet(A_SECOND_AND_A_BIT);
        assertThat(elsewhere.of(activity.id())).containsKey("p1");
    }
}
