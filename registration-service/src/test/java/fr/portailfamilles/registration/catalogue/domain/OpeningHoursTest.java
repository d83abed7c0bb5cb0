package fr.portailfamilles.registration.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    final OpeningHours townHall = OpeningHours.ofTownHall("Mairie", List.of(
            new OpeningDay(DayOfWeek.MONDAY, List.of(range("08:30", "12:00"), range("13:30", "17:00"))),
            new OpeningDay(DayOfWeek.FRIDAY, List.of(range("08:30", "12:00")))), "");

    @Test
    void isOpenWithinARangeOnly() {
        assertThat(townHall.isOpenAt(LocalDateTime.of(2026, 11, 30, 10, 0))).isTrue();
        assertThat(townHall.isOpenAt(LocalDateTime.of(2026, 11, 30, 12, 0))).as("closes at noon").isFalse();
        assertThat(townHall.isOpenAt(LocalDateTime.of(2026, 12, 1, 10, 0))).as("closed on Tuesdays").isFalse();
    }

    @Test
    void nextOpeningIsTheAfternoonOfTheSameDay() {
        assertThat(townHall.nextOpeningAfter(LocalDateTime.of(2026, 11, 30, 12, 15)))
                .contains(LocalDateTime.of(2026, 11, 30, 13, 30));
    }

    @Test
    void nextOpeningAfterTheWeekendIsMondayMorning() {
        assertThat(townHall.nextOpeningAfter(LocalDateTime.of(2026, 12, 4, 18, 0)))
                .contains(LocalDateTime.of(2026, 12, 7, 8, 30));
    }

    @Test
    void refusesOverlappingRanges() {
        assertThatThrownBy(() -> new OpeningDay(DayOfWeek.MONDAY, List.of(range("08:30", "12:00"),
                range("11:00", "13:00")))).isInstanceOf(DomainProblem.class);
    }

    private static TimeRange range(String from, String to) {
        return new TimeRange(LocalTime.parse(from), LocalTime.parse(to));
    }
}
