package fr.portailfamilles.identity.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per login (even one that matches no account, so that the answer reveals
 * nothing) and per client address, in atomic single-document updates shared by every instance.
 */
@Component
public class LoginAttempts {

    static final String COLLECTION = "login_attempts";

    private final MongoTemplate mongo;
    private final LoginThrottleProperties properties;
    private final LoginThrottle perAccount;
    private final LoginThrottle perAddress;
    private final Clock clock;

    LoginAttempts(MongoTemplate mongo, LoginThrottleProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
        this.perAccount = new LoginThrottle(properties.accountThreshold(), properties.firstPause(),
                properties.longestPause());
        this.perAddress = new LoginThrottle(properties.addressThreshold(), properties.firstPause(),
                properties.longestPause());
        // counters nobody failed on for a day are useless: MongoDB removes them
        mongo.indexOps(COLLECTION).createIndex(new Index("lastFailureAt", Sort.Direction.ASC)
                .expire(Duration.ofDays(1)));
    }

    /** Until when a login from this address must wait, if it must. */
    public Optional<Instant> pausedUntil(String login, String address) {
        Instant now = clock.instant();
        return Stream.of(accountKey(login), addressKey(address))
                .map(key -> mongo.findById(key, Document.class, COLLECTION))
                .filter(document -> document != null && document.getDate("pausedUntil") != null)
                .map(document -> document.getDate("pausedUntil").toInstant())
                .filter(until -> until.isAfter(now))
                .max(Instant::compareTo);
    }

    public void failed(String login, String address) {
        Instant now = clock.instant();
        count(accountKey(login), perAccount, now);
        count(addressKey(address), perAddress, now);
    }

    /** A success clears the failures of the login, not those of the address, shared with others. */
    public void succeeded(String login) {
        mongo.remove(Query.query(Criteria.where("_id").is(accountKey(login))), COLLECTION);
    }

    private void count(String key, LoginThrottle throttle, Instant now) {
        Date forgottenBefore = Date.from(now.minus(properties.memory()));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(key).and("lastFailureAt").lt(forgottenBefore)),
                new Update().set("failures", 0), COLLECTION);
        Document counted = mongo.findAndModify(Query.query(Criteria.where("_id").is(key)),
                new Update().inc("failures", 1).set("lastFailureAt", Date.from(now)),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
        Instant until = throttle.pausedUntil(counted.getInteger("failures"), now);
        if (until != null) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(key)), new Update().set("pausedUntil",
                    Date.from(until)), COLLECTION);
        }
    }

    private static String accountKey(String login) {
        return "identifiant:" + login;
    }

    private static String addressKey(String address) {
        return "adresse:" + address;
    }
}
