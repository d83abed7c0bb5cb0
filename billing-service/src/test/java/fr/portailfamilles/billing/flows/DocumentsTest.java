package fr.portailfamilles.billing.flows;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamilles.billing.support.BillingTest;
import fr.portailfamilles.billing.support.Scenario;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The documents families and staff take away: the invoice PDF, the month's CSV, the childcare attestation. */
class DocumentsTest extends BillingTest {

    @Test
    void theInvoicePdfIsAccessibleFrenchTextWithNumberFamilyTotalAndLines() throws IOException {
        Scenario family = scenario();
        JsonNode invoice = invoicedOctober(family);
        String number = invoice.get("number").asString();

        HttpResponse<byte[]> pdf = api.bytes("/api/billing/invoices/" + invoice.get("id").asString() + ".pdf",
                parentOf(family));

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("facture-" + number + ".pdf"));
        Path file = keep(pdf.body(), "facture-exemple.pdf");
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Facture " + number
                    + " — Régie Enfance Jeunesse");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            String text = normalized(new PDFTextStripper().getText(document));
            assertThat(text).contains("Ville de Carcans", "Régie Enfance Jeunesse", "Mairie de Carcans",
                    "33121 Carcans", "Facture n° " + number, "Période : octobre 2026", "Claire Martin",
                    "Référence famille : " + family.familyId, "Quotient familial : 780", "Léa Martin",
                    "Accueil périscolaire", "Matin", "Repas", "QF 601 à 900", "1,40 €", "5,60 €", "3,20 €",
                    "Total de la facture 8,80 €", "Reste à payer 8,80 €", "Jours : 5, 6, 7, 8");
        }
    }

    @Test
    void aParentFetchingAnotherFamilysPdfLearnsNothing() {
        Scenario family = scenario();
        JsonNode invoice = invoicedOctober(family);
        HttpResponse<String> answer = api.get("/api/billing/invoices/" + invoice.get("id").asString() + ".pdf",
                tokens.parent("fam-voisin"));
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("facture-introuvable").doesNotContain(family.familyId);
        assertThat(api.bytes("/api/billing/invoices/" + invoice.get("id").asString() + ".pdf", staff()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void staffExportTheMonthAsAFrenchCsv() {
        Scenario family = scenario();
        JsonNode invoice = invoicedOctober(family);

        HttpResponse<byte[]> csv = api.bytes("/api/billing/invoices/export.csv?month=2026-10", staff());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv").containsIgnoringCase("charset=UTF-8"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("attachment", "factures-2026-10.csv"));
        byte[] body = csv.body();
        assertThat(body).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        List<String> rows = new String(body, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(rows.get(0)).isEqualTo("Numéro;Mois;Famille;Payeur;Date d'émission;Échéance;Montant facturé;"
                + "Avoirs;Payé;Reste à payer;État");
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith(invoice.get("number").asString()
                + ";2026-10;" + family.familyId + ";Claire Martin;").endsWith(";8,80;0,00;0,00;8,80;À payer"));
        assertThat(api.get("/api/billing/invoices/export.csv?month=2026-10", parentOf(family)).statusCode())
                .isEqualTo(403);
    }

    @Test
    void theAttestationListsChildrenUnderSixWithWhatWasPaidForTheirCare() throws IOException {
        Scenario family = scenario().activityPublished("Accueil périscolaire").quotient(780)
                .child("Lou", "Bernard", LocalDate.of(2021, 5, 2))
                .payer("Nina", "Bernard", "nina.bernard@example.fr");
        family.confirmed(LocalDate.of(2026, 9, 14), "matin").confirmed(LocalDate.of(2026, 9, 15), "matin")
                .confirmed(LocalDate.of(2026, 9, 16), "repas").applied();
        run("2026-09");
        JsonNode invoice = invoicesOf(family).get(0);
        api.ok(api.post("/api/billing/invoices/" + invoice.get("id").asString() + "/offline-payments", staff(),
                "{\"amount\":" + invoice.get("total").decimalValue() + ",\"method\":\"CESU\",\"reference\":\"CESU-1\"}"));

        HttpResponse<byte[]> pdf = api.bytes("/api/billing/attestations/2026.pdf", parentOf(family));

        assertThat(pdf.statusCode()).isEqualTo(200);
        Path file = keep(pdf.body(), "attestation-exemple.pdf");
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Attestation de frais de garde 2026");
            String text = normalized(new PDFTextStripper().getText(document));
            assertThat(text).contains("Attestation de frais de garde 2026", "Nina Bernard", "Lou Bernard",
                    "2 mai 2021", "Total des frais de garde payés 2,80 €", "Les repas sont exclus");
        }
    }

    @Test
    void thereIsNoAttestationWithoutAChildUnderSix() {
        Scenario family = scenario().child("Tom", "Durand", LocalDate.of(2015, 1, 9)).applied();
        HttpResponse<String> answer = api.get("/api/billing/attestations/2026.pdf", parentOf(family));
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(api.json(answer).get("code").asString()).isEqualTo("attestation-sans-objet");
    }

    private static String normalized(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
    }

    /** Kept under target/ so that a person can render it (pdftoppm) and look at it. */
    private static Path keep(byte[] pdf, String name) throws IOException {
        Path file = Path.of("target", "documents", name);
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
        return file;
    }
}
