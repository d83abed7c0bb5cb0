package fr.portailfamilles.billing.tariff.domain;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The town's tariffs: for an activity, a unit and a day, the one tariff valid that day, and in it
 * the bracket of the family's quotient; a family without a recorded quotient pays the top bracket.
 */
public final class TariffGrid {

    private final List<Tariff> tariffs;

    public TariffGrid(List<Tariff> tariffs) {
        this.tariffs = List.copyOf(tariffs);
    }

    /**
     * @param quotient the family's quotient, or null when none is recorded
     * @return empty when the town has no tariff for that unit on that day
     */
    public Optional<TariffSelection> select(String activityId, String unit, LocalDate date, Integer quotient) {
        return tariffs.stream()
                .filter(tariff -> tariff.appliesTo(activityId, unit, date))
                .findFirst()
                .map(tariff -> quotient == null
                        ? new TariffSelection(tariff, tariff.topBracket(), true)
                        : new TariffSelection(tariff, tariff.bracketFor(quotient), false));
    }

    /** Refuses a tariff whose validity overlaps another of the same unit: one day, one price. */
    public void checkCanHold(Tariff candidate) {
        tariffs.stream().filter(candidate::overlaps).findFirst().ifPresent(other -> {
            throw DomainProblem.conflict("tarif-en-chevauchement", "Un tarif de « %s » pour cette activité est déjà "
                    .formatted(candidate.unitLabel()) + "valable sur une partie de cette période (tarif " + other.id()
                    + " à partir du " + other.validFrom() + "). Terminez-le avant d'en créer un nouveau.");
        });
    }

    public List<Tariff> tariffs() {
        return tariffs;
    }
}
