package fr.portailfamilles.registration.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamilles.registration.catalogue.domain.CalendarPeriod;
import fr.portailfamilles.registration.catalogue.domain.PeriodKind;
import fr.portailfamilles.registration.catalogue.domain.SchoolCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo calendar is checked against the rules French school calendars follow, not copied twice. */
class DemoSchoolYearTest {

    final SchoolCalendar calendar = DemoSchoolYear.calendar();

    @Test
    void periodsFollowEachOtherWithoutGapFromTheRentreeToTheEndOfSummer() {
        List<CalendarPeriod> periods = calendar.periods();
        assertThat(periods.get(0).start()).isEqualTo(LocalDate.of(2026, 9, 1)).matches(d -> d.getDayOfWeek()
                == DayOfWeek.TUESDAY, "the rentrée is a Tuesday");
        assertThat(periods.get(periods.size() - 1).end()).isEqualTo(calendar.season().end());
        for (int i = 1; i < periods.size(); i++) {
            assertThat(periods.get(i).start()).isEqualTo(periods.get(i - 1).end().plusDays(1));
        }
    }

    @Test
    void holidaysStartOnASaturdayAndClassesResumeOnAMonday() {
        for (CalendarPeriod holiday : calendar.periodsOf(PeriodKind.HOLIDAY)) {
            if (holiday.id().endsWith("ascension")) {
                continue;
            }
            assertThat(holiday.start().getDayOfWeek()).as(holiday.label()).isEqualTo(DayOfWeek.SATURDAY);
            if (!holiday.id().endsWith("ete")) {
                assertThat(holiday.end().plusDays(1).getDayOfWeek()).as(holiday.label()).isEqualTo(DayOfWeek.MONDAY);
            }
        }
    }

    @Test
    void theAscensionBridgeRunsFromTheThursdayToTheSunday() {
        CalendarPeriod bridge = calendar.periods().stream().filter(p -> p.id().endsWith("ascension")).findFirst()
                .orElseThrow();
        assertThat(bridge.start()).isEqualTo(easter(2027).plusDays(39));
        assertThat(bridge.end().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    }

    @Test
    void publicHolidaysIncludeTheMovableFeastsOf2027() {
        LocalDate easter = easter(2027);
        assertThat(calendar.publicHolidays()).contains(easter.plusDays(1), easter.plusDays(39), easter.plusDays(50),
                LocalDate.of(2026, 11, 11), LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 8), LocalDate.of(2027, 7, 14));
        assertThat(easter.plusDays(1)).isEqualTo(LocalDate.of(2027, 3, 29));
    }

    /** Meeus/Jones/Butcher Gregorian Easter. */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
