package fr.portailfamilles.billing.tariff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.platform.problem.ProblemKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TariffGridTest {

    static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 1);

    static Tariff apsMorning(String id, LocalDate from, LocalDate until, String... prices) {
        return new Tariff(id, "aps", "matin", "Matin", from, until, List.of(
                new QuotientBracket(0, 600, new BigDecimal(prices[0])),
                new QuotientBracket(601, 900, new BigDecimal(prices[1])),
                new QuotientBracket(901, 1200, new BigDecimal(prices[2])),
                new QuotientBracket(1201, null, new BigDecimal(prices[3]))));
    }

    final TariffGrid grid = new TariffGrid(List.of(
            apsMorning("t-2026", SEPTEMBER, LocalDate.of(2026, 12, 31), "1.00", "1.40", "1.80", "2.20"),
            apsMorning("t-2027", LocalDate.of(2027, 1, 1), null, "1.10", "1.50", "1.90", "2.30")));

    @Test
    void selectsTheBracketOfTheFamilyQuotientBoundsIncluded() {
        LocalDate day = LocalDate.of(2026, 11, 2);
        assertThat(price(day, 0)).isEqualTo("1.00");
        assertThat(price(day, 600)).isEqualTo("1.00");
        assertThat(price(day, 601)).isEqualTo("1.40");
        assertThat(price(day, 900)).isEqualTo("1.40");
        assertThat(price(day, 1200)).isEqualTo("1.80");
        assertThat(price(day, 1201)).isEqualTo("2.20");
        assertThat(price(day, 5000)).isEqualTo("2.20");
    }

    @Test
    void appliesTheTopBracketWhenTheFamilyHasNoQuotientAndSaysSo() {
        TariffSelection selection = grid.select("aps", "matin", LocalDate.of(2026, 11, 2), null).orElseThrow();
        assertThat(selection.price()).isEqualByComparingTo("2.20");
        assertThat(selection.quotientUnknown()).isTrue();
        assertThat(selection.bracketLabel()).isEqualTo("QF plus de 1200 (quotient non communiqué)");
    }

    @Test
    void takesTheTariffValidOnTheDay() {
        assertThat(price(LocalDate.of(2026, 12, 31), 700)).isEqualTo("1.40");
        assertThat(price(LocalDate.of(2027, 1, 1), 700)).isEqualTo("1.50");
        assertThat(grid.select("aps", "matin", LocalDate.of(2026, 8, 31), 700)).isEmpty();
        assertThat(grid.select("aps", "soir", LocalDate.of(2026, 11, 2), 700)).isEmpty();
        assertThat(grid.select("alsh-mercredis", "matin", LocalDate.of(2026, 11, 2), 700)).isEmpty();
    }

    @Test
    void refusesATariffOverlappingAnotherOfTheSameUnit() {
        Tariff overlapping = apsMorning("t-new", LocalDate.of(2026, 12, 1), null, "1", "1", "1", "1");
        assertThatThrownBy(() -> grid.checkCanHold(overlapping)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.kind()).isEqualTo(ProblemKind.CONFLICT));
        Tariff sameTariffChanged = apsMorning("t-2027", LocalDate.of(2027, 1, 1), null, "2", "2", "2", "2");
        grid.checkCanHold(sameTariffChanged);
    }

    @Test
    void refusesBracketsWithGapsOrWithoutAnOpenTop() {
        assertThatThrownBy(() -> new Tariff("t", "aps", "matin", "Matin", SEPTEMBER, null, List.of(
                new QuotientBracket(0, 600, BigDecimal.ONE), new QuotientBracket(700, null, BigDecimal.TEN))))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.code()).isEqualTo("tranches-incompletes"));
        assertThatThrownBy(() -> new Tariff("t", "aps", "matin", "Matin", SEPTEMBER, null, List.of(
                new QuotientBracket(0, 600, BigDecimal.ONE))))
                .isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> new QuotientBracket(0, null, new BigDecimal("1.005")))
                .isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> apsMorning("t", SEPTEMBER, SEPTEMBER.minusDays(1), "1", "1", "1", "1"))
                .isInstanceOf(DomainProblem.class);
    }

    private String price(LocalDate day, int quotient) {
        return grid.select("aps", "matin", day, quotient).orElseThrow().price().toPlainString();
    }
}
