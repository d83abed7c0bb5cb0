package fr.portailfamilles.reservation.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicHolidaysTest {

    @Test
    void knowsTheEasterBasedHolidaysOf2027() {
        assertThat(PublicHolidays.easterSunday(2027)).isEqualTo("2027-03-28");
        assertThat(PublicHolidays.isHoliday(LocalDate.of(2027, 3, 29))).as("lundi de Pâques").isTrue();
        assertThat(PublicHolidays.isHoliday(LocalDate.of(2027, 5, 6))).as("Ascension").isTrue();
        assertThat(PublicHolidays.isHoliday(LocalDate.of(2027, 5, 17))).as("lundi de Pentecôte").isTrue();
    }

    @Test
    void knowsTheFixedHolidaysAndNothingElse() {
        assertThat(PublicHolidays.isHoliday(LocalDate.of(2026, 11, 11))).isTrue();
        assertThat(PublicHolidays.isHoliday(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(PublicHolidays.isHoliday(LocalDate.of(2026, 11, 12))).isFalse();
    }
}
