package fr.portailfamilles.billing.tariff;

import fr.portailfamilles.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/billing/quotes}: the price of a grid selection; a parent quotes only for their family. */
@RestController
class QuoteApi {

    private final Quoting quoting;

    QuoteApi(Quoting quoting) {
        this.quoting = quoting;
    }

    @PostMapping("/api/billing/quotes")
    Quoting.Quote quote(CurrentUser user, @Valid @RequestBody QuoteRequest request) {
        user.requireAccessTo(request.familyId());
        return quoting.quote(request.familyId(), request.activityId(),
                request.cells().stream().map(c -> new Quoting.Cell(c.date(), c.unit())).toList());
    }

    record QuoteRequest(@NotBlank String familyId, @NotBlank String activityId,
            @NotEmpty @Size(max = 500) List<@Valid CellRequest> cells) {
    }

    record CellRequest(@NotNull LocalDate date, @NotBlank String unit) {
    }
}
