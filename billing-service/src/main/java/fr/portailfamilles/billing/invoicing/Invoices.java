package fr.portailfamilles.billing.invoicing;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The invoices. A change loads the invoice, lets it decide, and saves it only if nobody (another
 * request, the outbox relay) changed it meanwhile; otherwise it starts again on the fresh copy.
 */
@Repository
public class Invoices {

    private static final int ATTEMPTS = 20;

    private final MongoTemplate mongo;

    Invoices(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(Invoice.COLLECTION).createIndex(new Index().on("familyId", Sort.Direction.ASC));
        mongo.indexOps(Invoice.COLLECTION).createIndex(new Index().on("month", Sort.Direction.ASC));
    }

    public Optional<Invoice> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Invoice.class));
    }

    /** An issued invoice the caller may see; anything else is « introuvable », whoever asks. */
    public Invoice issued(String id, Predicate<String> maySeeFamily) {
        return byId(id).filter(invoice -> !invoice.isDraft() && maySeeFamily.test(invoice.familyId()))
                .orElseThrow(() -> DomainProblem.notFound("facture-introuvable", "Cette facture est introuvable."));
    }

    public List<Invoice> issuedOfFamily(String familyId) {
        return mongo.find(Query.query(Criteria.where("familyId").is(familyId).and("status").is(InvoiceStatus.ISSUED))
                .with(Sort.by(Sort.Direction.DESC, "month")), Invoice.class);
    }

    public List<Invoice> issuedOfMonth(YearMonth month) {
        return mongo.find(Query.query(Criteria.where("month").is(month.toString()).and("status")
                .is(InvoiceStatus.ISSUED)).with(Sort.by("number")), Invoice.class);
    }

    public long countIssuedOfMonth(YearMonth month) {
        return mongo.count(Query.query(Criteria.where("month").is(month.toString()).and("status")
                .is(InvoiceStatus.ISSUED)), Invoice.class);
    }

    public List<Invoice> issued(Optional<YearMonth> month, Optional<String> familyId) {
        Criteria criteria = Criteria.where("status").is(InvoiceStatus.ISSUED);
        month.ifPresent(m -> criteria.and("month").is(m.toString()));
        familyId.ifPresent(f -> criteria.and("familyId").is(f));
        return mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "month").and(Sort.by("number"))),
                Invoice.class);
    }

    public List<Invoice> withPayments() {
        return mongo.find(Query.query(Criteria.where("payments.0").exists(true)), Invoice.class);
    }

    public List<Invoice> drafts() {
        return mongo.find(Query.query(Criteria.where("status").is(InvoiceStatus.DRAFT)), Invoice.class);
    }

    public List<Invoice> withUnnumberedCreditNotes() {
        return mongo.find(Query.query(Criteria.where("creditNotes.number").is(null).and("creditNotes.0").exists(true)),
                Invoice.class).stream().filter(Invoice::hasUnnumberedCreditNote).toList();
    }

    public List<Invoice> ofFamily(String familyId) {
        return mongo.find(Query.query(Criteria.where("familyId").is(familyId)), Invoice.class);
    }

    /** Inserts a draft; throws {@code DuplicateKeyException} when this family's month is already there. */
    void insert(Invoice draft) {
        mongo.insert(draft);
    }

    /** Applies a change decided by the invoice itself and saves it atomically (single document). */
    public <T> T change(String id, InvoiceChange<T> change) {
        for (int attempt = 1; ; attempt++) {
            Invoice invoice = byId(id).orElseThrow(() -> DomainProblem.notFound("facture-introuvable",
                    "Cette facture est introuvable."));
            T result = change.apply(invoice);
            try {
                mongo.save(invoice);
                return result;
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw concurrent;
                }
            }
        }
    }

    /** A change of one invoice; it may throw a {@code DomainProblem}, and then nothing is written. */
    @FunctionalInterface
    public interface InvoiceChange<T> {
        T apply(Invoice invoice);
    }
}
