package fr.portailfamilles.reservation.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WeeklyTemplateTest {

    @Test
    void expandsTheChosenWeekdaysAndUnitsOverTheRange() {
        WeeklyTemplate template = new WeeklyTemplate(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                List.of("matin", "repas"), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8));

        assertThat(template.expand(Schedules.aps())).containsExactly(
                new CellRef(LocalDate.of(2026, 11, 2), "matin"), new CellRef(LocalDate.of(2026, 11, 2), "repas"),
                new CellRef(LocalDate.of(2026, 11, 5), "matin"), new CellRef(LocalDate.of(2026, 11, 5), "repas"));
    }

    @Test
    void skipsHolidaysClosedDaysAndDaysOutsideThePeriods() {
        WeeklyTemplate template = new WeeklyTemplate(Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), List.of("soir"),
                LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 22));

        // 11 Nov is Armistice Day, 20 Nov a closed day
        assertThat(template.expand(Schedules.aps())).extracting(CellRef::date)
                .containsExactly(LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 18));
    }

    @Test
    void refusesAnEmptyOrBackwardTemplate() {
        assertThatThrownBy(() -> new WeeklyTemplate(Set.of(), List.of("matin"), LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 8))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WeeklyTemplate(Set.of(DayOfWeek.MONDAY), List.of("matin"),
                LocalDate.of(2026, 11, 8), LocalDate.of(2026, 11, 2))).isInstanceOf(IllegalArgumentException.class);
    }
}
