package fr.portailfamilles.registration.catalogue.domain;

import static fr.portailfamilles.registration.catalogue.domain.Catalogue.AUTUMN;
import static fr.portailfamilles.registration.catalogue.domain.Catalogue.NOEL;
import static fr.portailfamilles.registration.catalogue.domain.Catalogue.SEASON;
import static fr.portailfamilles.registration.catalogue.domain.Catalogue.TOUSSAINT;
import static fr.portailfamilles.registration.catalogue.domain.Catalogue.WINTER;
import static fr.portailfamilles.registration.catalogue.domain.Catalogue.anActivity;
import static fr.portailfamilles.registration.catalogue.domain.Catalogue.aps;
import static fr.portailfamilles.registration.catalogue.domain.Catalogue.definition;
import static fr.portailfamilles.registration.catalogue.domain.Catalogue.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ActivityTest {

    static final LocalDate NOVEMBER_30 = LocalDate.of(2026, 11, 30);
    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void refusesOverlappingPeriods() {
        assertThatThrownBy(() -> definition(List.of(AUTUMN, period("x", PeriodKind.HOLIDAY, "Chevauche",
                "2026-10-10", "2026-10-20")), new TreeSet<>()))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "periodes-chevauchantes");
    }

    @Test
    void refusesAPeriodEndingBeforeItStarts() {
        assertThatThrownBy(() -> period("x", PeriodKind.SCHOOL, "À l'envers", "2026-10-10", "2026-10-01"))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "periode-invalide");
    }

    @Test
    void refusesAPeriodOutsideItsSeason() {
        ActivityDefinition outside = definition(List.of(period("x", PeriodKind.HOLIDAY, "Été 2026",
                "2026-07-04", "2026-08-31")), new TreeSet<>());
        assertThatThrownBy(() -> Activity.create("aps", outside, SEASON, NOW))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "periode-hors-saison");
    }

    @Test
    void refusesTwoUnitsWithTheSameCode() {
        ActivityDefinition aps = aps();
        assertThatThrownBy(() -> new ActivityDefinition("APS", ActivityKind.APS, "", aps.ages(), aps.weekdays(),
                aps.periods(), List.of(aps.units().get(0), aps.units().get(0)), aps.closedDays(), aps.deadline(),
                false)).isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "unite-en-double");
    }

    @Test
    void refusesAnActivityWithoutDays() {
        ActivityDefinition aps = aps();
        assertThatThrownBy(() -> new ActivityDefinition("APS", ActivityKind.APS, "", aps.ages(), Set.of(),
                aps.periods(), aps.units(), aps.closedDays(), aps.deadline(), false))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "jours-manquants");
    }

    @Test
    void staffChangeTheFutureOfAnActivity() {
        Activity activity = anActivity("aps", aps());
        TreeSet<LocalDate> closures = new TreeSet<>(activity.closedDays());
        closures.add(LocalDate.of(2026, 12, 11));
        activity.revise(definition(List.of(AUTUMN, WINTER, NOEL), closures), SEASON, NOVEMBER_30, NOW);

        assertThat(activity.periods()).containsExactly(AUTUMN, WINTER, NOEL);
        assertThat(activity.closedDays()).contains(LocalDate.of(2026, 12, 11));
        assertThat(activity.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void refusesToChangeAPeriodThatIsOver() {
        Activity activity = anActivity("aps", aps());
        ActivityPeriod shortened = period(AUTUMN.id(), PeriodKind.SCHOOL, AUTUMN.label(), "2026-09-01", "2026-10-09");
        assertThatThrownBy(() -> activity.revise(definition(List.of(shortened, WINTER), new TreeSet<>(
                activity.closedDays())), SEASON, NOVEMBER_30, NOW))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "periode-passee");
    }

    @Test
    void refusesToAddAPeriodInThePast() {
        Activity activity = anActivity("aps", aps());
        assertThatThrownBy(() -> activity.revise(definition(List.of(AUTUMN, TOUSSAINT, WINTER), new TreeSet<>(
                activity.closedDays())), SEASON, NOVEMBER_30, NOW))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "periode-passee");
    }

    @Test
    void refusesToReopenADayThatIsPast() {
        Activity activity = anActivity("aps", aps());
        assertThatThrownBy(() -> activity.revise(definition(List.of(AUTUMN, WINTER), new TreeSet<>()), SEASON,
                NOVEMBER_30, NOW))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "fermeture-passee");
    }

    @Test
    void takesRegistrationsUntilItsLastPeriodIsOver() {
        Activity activity = anActivity("aps", aps());
        assertThat(activity.takesRegistrationsOn(NOVEMBER_30)).isTrue();
        assertThat(activity.takesRegistrationsOn(LocalDate.of(2026, 12, 18))).isTrue();
        assertThat(activity.takesRegistrationsOn(LocalDate.of(2026, 12, 19))).isFalse();
    }

    @Test
    void aPeriodMayRunOnOtherDaysThanTheActivity() {
        ActivityPeriod holidays = new ActivityPeriod("noel", PeriodKind.HOLIDAY, "Noël", NOEL.start(), NOEL.end(),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        Activity activity = anActivity("ado", definition(List.of(WINTER, holidays), new TreeSet<>()));

        assertThat(activity.weekdaysIn(activity.periods().get(0))).isEqualTo(activity.weekdays());
        assertThat(activity.weekdaysIn(activity.periods().get(1))).containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void admitsByAgeAtTheStartOfTheSeason() {
        Activity activity = anActivity("aps", aps());
        assertThat(activity.admitsChildBornOn(LocalDate.of(2018, 5, 10))).isTrue();
        assertThat(activity.admitsChildBornOn(LocalDate.of(2013, 3, 1))).isFalse();
        assertThat(activity.ageAtSeasonStart(LocalDate.of(2013, 3, 1))).isEqualTo(13);
    }
}
