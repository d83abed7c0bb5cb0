package fr.portailfamilles.reservation.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActivityScheduleTest {

    private final ActivitySchedule aps = Schedules.aps();

    @Test
    void offersTheScheduledWeekdaysOfItsPeriods() {
        assertThat(aps.statusOf(LocalDate.of(2026, 11, 2))).isEqualTo(DayStatus.OFFERED);
        assertThat(aps.statusOf(LocalDate.of(2026, 11, 7))).as("a Saturday").isEqualTo(DayStatus.NOT_SCHEDULED);
        assertThat(aps.statusOf(LocalDate.of(2026, 12, 21))).as("after the period").isEqualTo(DayStatus.NOT_SCHEDULED);
    }

    @Test
    void closesOnPublicHolidaysAndClosedDays() {
        assertThat(aps.statusOf(LocalDate.of(2026, 11, 11))).isEqualTo(DayStatus.PUBLIC_HOLIDAY);
        assertThat(aps.statusOf(LocalDate.of(2026, 11, 20))).isEqualTo(DayStatus.CLOSED);
        assertThat(aps.closureReason(LocalDate.of(2026, 11, 20))).hasValue("Journée pédagogique");
    }
}
