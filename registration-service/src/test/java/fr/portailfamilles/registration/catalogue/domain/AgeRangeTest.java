package fr.portailfamilles.registration.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeRangeTest {

    static final LocalDate RENTREE = LocalDate.of(2026, 9, 1);
    final AgeRange alsh = new AgeRange(3, 11);

    @Test
    void admitsBothBoundsInFullYears() {
        assertThat(alsh.admits(LocalDate.of(2023, 9, 1), RENTREE)).as("3 on the day").isTrue();
        assertThat(alsh.admits(LocalDate.of(2014, 9, 2), RENTREE)).as("11, 12 the next day").isTrue();
    }

    @Test
    void refusesAChildWhoTurnsThreeTheDayAfterTheRentree() {
        assertThat(alsh.admits(LocalDate.of(2023, 9, 2), RENTREE)).isFalse();
    }

    @Test
    void refusesAChildAlreadyTwelveAtTheRentree() {
        assertThat(alsh.admits(LocalDate.of(2014, 9, 1), RENTREE)).isFalse();
    }

    @Test
    void refusesARangeUpsideDown() {
        assertThatThrownBy(() -> new AgeRange(11, 3)).isInstanceOf(DomainProblem.class)
                .hasFieldOrPropertyWithValue("code", "tranche-age-invalide");
    }

    @Test
    void readsInFrench() {
        assertThat(new AgeRange(11, 17).label()).isEqualTo("de 11 à 17 ans");
    }
}
