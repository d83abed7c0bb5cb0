package fr.portailfamilles.billing.attestation;

import fr.portailfamilles.billing.documents.PdfDocuments;
import fr.portailfamilles.billing.invoicing.RegieDetails;
import fr.portailfamilles.billing.invoicing.RegieProperties;
import fr.portailfamilles.billing.invoicing.TownTime;
import fr.portailfamilles.billing.money.Euros;
import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.platform.security.CurrentUser;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/billing/attestations/{year}.pdf}: a parent's family, or staff with {@code ?familyId=}. */
@RestController
class AttestationApi {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private final ChildcareAttestation attestations;
    private final PdfDocuments documents;
    private final RegieProperties regie;
    private final Clock clock;

    AttestationApi(ChildcareAttestation attestations, PdfDocuments documents, RegieProperties regie, Clock clock) {
        this.attestations = attestations;
        this.documents = documents;
        this.regie = regie;
        this.clock = clock;
    }

    @GetMapping(value = "/api/billing/attestations/{year}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> attestation(CurrentUser user, @PathVariable int year,
            @RequestParam Optional<String> familyId) {
        String family = user.isStaff() ? familyId.orElseThrow(() -> DomainProblem.invalid("famille-requise",
                "Indiquez la famille (familyId) de l'attestation.")) : user.requireOwnFamily();
        if (year < 2000 || year > TownTime.today(clock).getYear()) {
            throw DomainProblem.invalid("annee-invalide", "L'année " + year + " n'est pas une année d'attestation.");
        }
        ChildcareAttestation.Attestation attestation = attestations.of(family, year);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("attestation-frais-de-garde-" + year + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(documents.pdf("attestation", model(attestation)));
    }

    private Map<String, Object> model(ChildcareAttestation.Attestation attestation) {
        Map<String, Object> model = new HashMap<>();
        model.put("regie", RegieDetails.asMap(regie.details()));
        model.put("year", attestation.year());
        model.put("payerName", attestation.payerName());
        model.put("familyId", attestation.familyId());
        model.put("issuedOn", DATE.format(TownTime.today(clock)));
        model.put("total", Euros.french(attestation.total()));
        model.put("children", attestation.children().stream().map(child -> Map.of("name", child.name(),
                "birthDate", child.birthDate() == null ? "" : DATE.format(child.birthDate()),
                "days", child.days(), "paid", Euros.french(child.paid()))).toList());
        return model;
    }
}
