package fr.portailfamilles.billing.invoicing.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The numbering of a régie's documents: one sequence per series (invoices, credit notes) and per
 * year, starting at 1, without gap or duplicate: {@code FAC-2026-000123}.
 *
 * <p>A counter remembers which document each recent number went to, so that allocating again for
 * the same document (a retry after a crash, a second run) returns the same number instead of
 * burning a new one. The counter is stored as one document and replaced only if nobody changed it
 * in between, so concurrent allocations never share a number.
 *
 * @param series     e.g. {@code FAC}
 * @param year       the year of issue
 * @param last       the last number allocated, 0 before the first
 * @param claims     the most recent allocations, newest last
 */
public record InvoiceNumbering(String series, int year, long last, List<Claim> claims) {

    /** How many allocations a counter remembers; a crashed allocation is finished within minutes. */
    public static final int MEMORY = 1000;

    public record Claim(String documentId, long number) {
    }

    public InvoiceNumbering {
        claims = List.copyOf(claims == null ? List.of() : claims);
    }

    public static InvoiceNumbering start(String series, int year) {
        return new InvoiceNumbering(series, year, 0, List.of());
    }

    public static String counterId(String series, int year) {
        return series + "-" + year;
    }

    public Optional<Claim> claimOf(String documentId) {
        return claims.stream().filter(claim -> claim.documentId().equals(documentId)).findFirst();
    }

    /** The counter after giving the next number to {@code documentId} (unchanged if it already has one). */
    public InvoiceNumbering allocateTo(String documentId) {
        if (claimOf(documentId).isPresent()) {
            return this;
        }
        List<Claim> next = new ArrayList<>(claims);
        next.add(new Claim(documentId, last + 1));
        if (next.size() > MEMORY) {
            next = next.subList(next.size() - MEMORY, next.size());
        }
        return new InvoiceNumbering(series, year, last + 1, next);
    }

    public String numberOf(String documentId) {
        return format(claimOf(documentId).orElseThrow().number());
    }

    public String format(long sequence) {
        return "%s-%d-%06d".formatted(series, year, sequence);
    }
}
