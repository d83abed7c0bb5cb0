package fr.portailfamilles.billing.tariff;

import fr.portailfamilles.billing.directory.Directory;
import fr.portailfamilles.billing.directory.FamilyRecord;
import fr.portailfamilles.billing.money.Euros;
import fr.portailfamilles.billing.tariff.domain.TariffGrid;
import fr.portailfamilles.billing.tariff.domain.TariffSelection;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The price of a selection before « Valider », from the family's quotient: read-only, so it can be
 * asked as often as the parent clicks.
 */
@Service
public class Quoting {

    static final String NO_QUOTIENT_NOTE = "Quotient familial non communiqué : le tarif de la tranche la plus haute "
            + "s'applique. Transmettez votre attestation au service pour en bénéficier.";

    private final Tariffs tariffs;
    private final Directory directory;

    Quoting(Tariffs tariffs, Directory directory) {
        this.tariffs = tariffs;
        this.directory = directory;
    }

    public record Cell(LocalDate date, String unit) {
    }

    public record Quote(String familyId, String activityId, Integer quotient, boolean quotientUnknown, String note,
            BigDecimal total, List<UnitDetail> units) {
    }

    public record UnitDetail(String unit, String unitLabel, String bracket, BigDecimal unitPrice, int days,
            BigDecimal amount, List<LocalDate> dates) {
    }

    public Quote quote(String familyId, String activityId, List<Cell> cells) {
        FamilyRecord family = directory.family(familyId);
        TariffGrid grid = tariffs.gridFor(Set.of(activityId));
        Map<String, List<Cell>> byPrice = new LinkedHashMap<>();
        Map<String, TariffSelection> selections = new LinkedHashMap<>();
        for (Cell cell : cells.stream().distinct().sorted((a, b) -> a.date().compareTo(b.date())).toList()) {
            TariffSelection selection = grid.select(activityId, cell.unit(), cell.date(), family.quotient())
                    .orElseThrow(() -> missingTariff(cell));
            String key = cell.unit() + "|" + selection.tariff().id() + "|" + selection.price();
            selections.putIfAbsent(key, selection);
            byPrice.computeIfAbsent(key, k -> new ArrayList<>()).add(cell);
        }
        List<UnitDetail> units = byPrice.entrySet().stream().map(entry -> detail(selections.get(entry.getKey()),
                entry.getValue())).toList();
        boolean unknown = family.quotient() == null;
        return new Quote(familyId, activityId, family.quotient(), unknown, unknown ? NO_QUOTIENT_NOTE : null,
                Euros.sum(units.stream().map(UnitDetail::amount).toList()), units);
    }

    private static UnitDetail detail(TariffSelection selection, List<Cell> cells) {
        BigDecimal amount = Euros.of(selection.price().multiply(BigDecimal.valueOf(cells.size())));
        return new UnitDetail(selection.tariff().unit(), selection.tariff().unitLabel(), selection.bracketLabel(),
                selection.price(), cells.size(), amount, cells.stream().map(Cell::date).toList());
    }

    private static DomainProblem missingTariff(Cell cell) {
        return DomainProblem.unprocessable("tarif-introuvable", "Aucun tarif n'est défini pour l'unité « "
                + cell.unit() + " » le " + cell.date() + " : le service doit le compléter.");
    }
}
