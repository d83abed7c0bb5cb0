package fr.portailfamilles.registration.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReservationDeadlineTest {

    static final LocalTime LATE = LocalTime.of(23, 59);
    final WorkingDays workingDays = new WorkingDays(Set.of(LocalDate.of(2026, 11, 11), LocalDate.of(2027, 5, 6)));

    @Test
    void closesTwoWorkingDaysBeforeAtTheGivenTime() {
        ReservationDeadline deadline = ReservationDeadline.workingDaysBefore(2, LATE);
        // Thursday 19 November 2026: Wednesday then Tuesday
        assertThat(deadline.closesFor(LocalDate.of(2026, 11, 19), workingDays))
                .isEqualTo(LocalDateTime.of(2026, 11, 17, 23, 59));
    }

    @Test
    void skipsTheWeekend() {
        ReservationDeadline deadline = ReservationDeadline.workingDaysBefore(2, LATE);
        // Monday 23 November 2026: Friday then Thursday
        assertThat(deadline.closesFor(LocalDate.of(2026, 11, 23), workingDays))
                .isEqualTo(LocalDateTime.of(2026, 11, 19, 23, 59));
    }

    @Test
    void skipsPublicHolidays() {
        ReservationDeadline deadline = ReservationDeadline.workingDaysBefore(2, LATE);
        // Friday 13 November 2026: Thursday 12, then Tuesday 10 (Wednesday 11 is Armistice day)
        assertThat(deadline.closesFor(LocalDate.of(2026, 11, 13), workingDays))
                .isEqualTo(LocalDateTime.of(2026, 11, 10, 23, 59));
        // Friday 7 May 2027, the day after Ascension: Wednesday 5 and Tuesday 4
        assertThat(deadline.closesFor(LocalDate.of(2027, 5, 7), workingDays))
                .isEqualTo(LocalDateTime.of(2027, 5, 4, 23, 59));
    }

    @Test
    void closesOnTheWednesdayOfThePreviousWeek() {
        ReservationDeadline deadline = ReservationDeadline.wednesdayBeforeWeek(LATE);
        LocalDateTime wednesdayBefore = LocalDateTime.of(2026, 11, 25, 23, 59);
        assertThat(deadline.closesFor(LocalDate.of(2026, 12, 2), workingDays)).isEqualTo(wednesdayBefore);
        assertThat(deadline.closesFor(LocalDate.of(2026, 11, 30), workingDays)).isEqualTo(wednesdayBefore);
        assertThat(deadline.closesFor(LocalDate.of(2026, 12, 6), workingDays)).isEqualTo(wednesdayBefore);
    }

    @Test
    void describesItselfToParents() {
        assertThat(ReservationDeadline.workingDaysBefore(2, LATE).describe())
                .isEqualTo("Réservations et annulations jusqu'à 23h59, 2 jours ouvrés avant le jour concerné.");
        assertThat(ReservationDeadline.wednesdayBeforeWeek(LocalTime.of(12, 0)).describe())
                .isEqualTo("Réservations et annulations jusqu'au mercredi 12h00 de la semaine précédente.");
    }

    @Test
    void refusesAWorkingDaysRuleWithoutDays() {
        assertThatThrownBy(() -> new ReservationDeadline(DeadlineKind.WORKING_DAYS_BEFORE, null, LATE))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "delai-invalide");
        assertThatThrownBy(() -> ReservationDeadline.workingDaysBefore(0, LATE))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "delai-invalide");
    }

    @Test
    void theWednesdayRuleCarriesNoDays() {
        assertThat(new ReservationDeadline(DeadlineKind.WEDNESDAY_BEFORE_WEEK, 3, LATE).days()).isNull();
    }
}
