package fr.portailfamilles.billing.tariff;

import fr.portailfamilles.billing.directory.Directory;
import fr.portailfamilles.billing.tariff.domain.QuotientBracket;
import fr.portailfamilles.billing.tariff.domain.Tariff;
import fr.portailfamilles.billing.tariff.domain.TariffGrid;
import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The tariffs: every signed-in user reads them (they are public), staff create and change them. */
@RestController
@RequestMapping("/api/billing/tariffs")
class TariffApi {

    private final Tariffs tariffs;
    private final Directory directory;

    TariffApi(Tariffs tariffs, Directory directory) {
        this.tariffs = tariffs;
        this.directory = directory;
    }

    @GetMapping
    List<TariffView> list(CurrentUser user) {
        return tariffs.all().stream().map(this::view).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TariffView create(CurrentUser user, @Valid @RequestBody TariffForm form) {
        user.requireStaff();
        Tariff tariff = form.toTariff("tarif-" + UUID.randomUUID().toString().substring(0, 8));
        tariffs.grid().checkCanHold(tariff);
        tariffs.save(tariff);
        return view(tariff);
    }

    /** Changes a tariff for the invoices still to come; issued invoices keep the prices they printed. */
    @PutMapping("/{id}")
    TariffView change(CurrentUser user, @PathVariable String id, @Valid @RequestBody TariffForm form) {
        user.requireStaff();
        tariffs.byId(id).orElseThrow(() -> DomainProblem.notFound("tarif-introuvable", "Ce tarif est introuvable."));
        Tariff tariff = form.toTariff(id);
        new TariffGrid(tariffs.all()).checkCanHold(tariff);
        tariffs.save(tariff);
        return view(tariff);
    }

    private TariffView view(Tariff tariff) {
        return new TariffView(tariff.id(), tariff.activityId(), directory.activity(tariff.activityId()).name(),
                tariff.unit(), tariff.unitLabel(), tariff.validFrom(), tariff.validUntil(), tariff.brackets().stream()
                        .map(b -> new BracketView(b.from(), b.to(), b.price(), b.label())).toList());
    }

    record TariffForm(@NotBlank String activityId, @NotBlank String unit, @NotBlank @Size(max = 60) String unitLabel,
            @NotNull LocalDate validFrom, LocalDate validUntil, @NotEmpty @Size(max = 12) List<@Valid BracketForm> brackets) {

        Tariff toTariff(String id) {
            return new Tariff(id, activityId.strip(), unit.strip(), unitLabel.strip(), validFrom, validUntil,
                    brackets.stream().map(b -> new QuotientBracket(b.from(), b.to(), b.price())).toList());
        }
    }

    record BracketForm(@NotNull Integer from, Integer to, @NotNull BigDecimal price) {
    }

    record TariffView(String id, String activityId, String activityName, String unit, String unitLabel,
            LocalDate validFrom, LocalDate validUntil, List<BracketView> brackets) {
    }

    record BracketView(int from, Integer to, BigDecimal price, String label) {
    }
}
