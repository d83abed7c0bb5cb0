package fr.portailfamilles.identity.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The journal of login attempts, for staff (an account's failures) and for investigations. */
@Component
public class AuthEvents {

    static final String COLLECTION = "auth_events";
    static final Duration KEPT = Duration.ofDays(183);

    /** What happened to an attempt. */
    public enum Outcome {
        SUCCEEDED, WRONG_CREDENTIALS, ACCOUNT_LOCKED, PAUSED
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    AuthEvents(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        mongo.indexOps(COLLECTION).createIndex(new Index("accountId", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("login", Sort.Direction.ASC));
        // login journals are personal data: kept six months, then MongoDB removes them
        mongo.indexOps(COLLECTION).createIndex(new Index("at", Sort.Direction.ASC).expire(KEPT));
    }

    public void record(Outcome outcome, String login, String accountId, String address) {
        mongo.insert(new Document("_id", UUID.randomUUID().toString()).append("at", Date.from(clock.instant()))
                .append("outcome", outcome.name()).append("login", login).append("accountId", accountId)
                .append("address", address), COLLECTION);
    }

    /** The latest attempts that did not succeed on a login. */
    public List<Attempt> latestFailures(String login, int limit) {
        Query query = Query.query(Criteria.where("login").is(login).and("outcome").ne(Outcome.SUCCEEDED.name()))
                .with(Sort.by(Sort.Direction.DESC, "at")).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(d -> new Attempt(d.getDate("at").toInstant(), Outcome.valueOf(d.getString("outcome")),
                        d.getString("address")))
                .toList();
    }

    /** One recorded attempt. */
    public record Attempt(Instant at, Outcome outcome, String address) {
    }
}
