package fr.portailfamilles.billing.invoicing;

import fr.portailfamilles.billing.invoicing.domain.RunState;
import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The months' invoicing runs. A run is written only over the version it was read at, so a worker
 * that lost its run (its lease ran out and another worker took it) finds out at its next write.
 */
@Repository
public class InvoicingRuns {

    private static final int ATTEMPTS = 20;

    private final MongoTemplate mongo;

    InvoicingRuns(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(InvoicingRun.COLLECTION).createIndex(new Index().on("state", Sort.Direction.ASC));
        mongo.indexOps(InvoicingRun.COLLECTION).createIndex(new Index().on("requestedAt", Sort.Direction.DESC));
    }

    public Optional<InvoicingRun> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, InvoicingRun.class));
    }

    public InvoicingRun found(String id) {
        return byId(id).orElseThrow(() -> DomainProblem.notFound("emission-introuvable",
                "Cette émission de factures est introuvable."));
    }

    /** @return false when the month already has its run */
    boolean create(InvoicingRun run) {
        try {
            mongo.insert(run);
            return true;
        } catch (DuplicateKeyException alreadyRequested) {
            return false;
        }
    }

    /** Requested runs, and running ones whose lease is over, oldest request first. */
    List<InvoicingRun> claimable(Instant now) {
        Criteria requested = Criteria.where("state").is(RunState.REQUESTED);
        Criteria abandoned = Criteria.where("state").is(RunState.RUNNING).and("leaseUntil").lte(now);
        return mongo.find(Query.query(new Criteria().orOperator(requested, abandoned))
                .with(Sort.by("requestedAt")), InvoicingRun.class);
    }

    public List<InvoicingRun> latest(int count) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "requestedAt"))
                .limit(count), InvoicingRun.class);
    }

    /** Writes the run if nobody wrote it since it was read; @return false if somebody did. */
    boolean save(InvoicingRun run) {
        try {
            mongo.save(run);
            return true;
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return false;
        }
    }

    /** A change decided by the run itself, on a fresh copy until it is written. */
    InvoicingRun change(String id, Consumer<InvoicingRun> change) {
        for (int attempt = 1; ; attempt++) {
            InvoicingRun run = found(id);
            change.accept(run);
            if (save(run)) {
                return run;
            }
            if (attempt == ATTEMPTS) {
                throw new OptimisticLockingFailureException("Run " + id + " kept changing");
            }
        }
    }
}
