package fr.portailfamilles.reservation.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ChangeDeadlineTest {

    private final ChangeDeadline twoWorkingDays = new ChangeDeadline.WorkingDaysBefore(2, LocalTime.of(23, 59));
    private final ChangeDeadline wednesdayBefore = new ChangeDeadline.WednesdayBeforeWeek(LocalTime.of(23, 59));

    @Test
    void closesTwoWorkingDaysBeforeAtTheGivenTime() {
        // Thursday 19 November 2026: Wednesday is one working day before, Tuesday two
        assertThat(twoWorkingDays.deadlineFor(LocalDate.of(2026, 11, 19))).isEqualTo("2026-11-17T23:59");
    }

    @Test
    void skipsTheWeekendWhenCountingWorkingDays() {
        // Monday 23 November 2026: Friday 20 is one working day before, Thursday 19 two
        assertThat(twoWorkingDays.deadlineFor(LocalDate.of(2026, 11, 23))).isEqualTo("2026-11-19T23:59");
    }

    @Test
    void skipsPublicHolidaysWhenCountingWorkingDays() {
        // Friday 13 November 2026: Thursday 12, then Wednesday 11 is Armistice Day, so Tuesday 10
        assertThat(twoWorkingDays.deadlineFor(LocalDate.of(2026, 11, 13))).isEqualTo("2026-11-10T23:59");
    }

    @Test
    void allowsChangesUntilTheLastMinuteAndRefusesThemAfter() {
        LocalDate day = LocalDate.of(2026, 11, 19);
        assertThat(twoWorkingDays.allowsChangeOf(day, LocalDateTime.of(2026, 11, 17, 23, 59, 30))).isTrue();
        assertThat(twoWorkingDays.allowsChangeOf(day, LocalDateTime.of(2026, 11, 18, 0, 0))).isFalse();
    }

    @Test
    void rejectsChangesAfterTheWednesdayBeforeTheWeek() {
        // every day of the week of Monday 23 November closes on Wednesday 18 November at 23:59
        assertThat(wednesdayBefore.deadlineFor(LocalDate.of(2026, 11, 23))).isEqualTo("2026-11-18T23:59");
        assertThat(wednesdayBefore.deadlineFor(LocalDate.of(2026, 11, 27))).isEqualTo("2026-11-18T23:59");
        assertThat(wednesdayBefore.allowsChangeOf(LocalDate.of(2026, 11, 25), LocalDateTime.of(2026, 11, 19, 8, 0)))
                .isFalse();
        assertThat(wednesdayBefore.allowsChangeOf(LocalDate.of(2026, 11, 30), LocalDateTime.of(2026, 11, 19, 8, 0)))
                .isTrue();
    }
}
