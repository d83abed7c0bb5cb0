package fr.portailfamilles.billing.invoicing;

import fr.portailfamilles.billing.invoicing.domain.InvoiceNumbering;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The counters of the régie's number series, one document per series and year: a number goes to a
 * document by one atomic findAndModify ({@code $inc} of {@code last}, guarded by its current
 * value, with the claim pushed alongside), so concurrent runs never share a number, and asking
 * again for the same document returns its number instead of burning another.
 */
@Component
public class DocumentNumbers {

    static final String COLLECTION = "counters";
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final MongoTemplate mongo;

    DocumentNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The number of {@code documentId} in {@code series} for {@code year}, allocated now if it has none. */
    public String allocate(String series, int year, String documentId) {
        String counterId = InvoiceNumbering.counterId(series, year);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            InvoiceNumbering current = read(counterId, series, year);
            if (current.claimOf(documentId).isPresent()) {
                return current.numberOf(documentId);
            }
            InvoiceNumbering next = current.allocateTo(documentId);
            if (write(counterId, current, next, documentId)) {
                return next.numberOf(documentId);
            }
            // another allocation won this round: wait a little, at random, then read again
            LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(200_000, 3_000_000));
        }
        throw new IllegalStateException("Could not allocate a number in " + counterId + " in " + PATIENCE);
    }

    private InvoiceNumbering read(String counterId, String series, int year) {
        Document counter = mongo.findById(counterId, Document.class, COLLECTION);
        if (counter == null) {
            return InvoiceNumbering.start(series, year);
        }
        List<InvoiceNumbering.Claim> claims = counter.getList("claims", Document.class, List.of()).stream()
                .map(c -> new InvoiceNumbering.Claim(c.getString("documentId"), ((Number) c.get("number")).longValue()))
                .toList();
        return new InvoiceNumbering(series, year, ((Number) counter.get("last")).longValue(), claims);
    }

    private boolean write(String counterId, InvoiceNumbering current, InvoiceNumbering next, String documentId) {
        Document claim = new Document("documentId", documentId).append("number", next.last());
        if (current.last() == 0 && current.claims().isEmpty()) {
            try {
                mongo.insert(new Document("_id", counterId).append("series", next.series()).append("year", next.year())
                        .append("last", next.last()).append("claims", List.of(claim)), COLLECTION);
                return true;
            } catch (DuplicateKeyException anotherWasFirst) {
                return false;
            }
        }
        Query unchanged = Query.query(Criteria.where("_id").is(counterId).and("last").is(current.last()));
        Update allocation = new Update().inc("last", 1L).push("claims").slice(-InvoiceNumbering.MEMORY).each(claim);
        return mongo.findAndModify(unchanged, allocation, Document.class, COLLECTION) != null;
    }
}
