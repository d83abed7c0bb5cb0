package fr.portailfamilles.identity.account.domain;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The accounts, one document each. Saving checks the version, so that a stale copy never
 * overwrites a newer change, nor the removal of mails and events already sent.
 */
@Repository
public class Accounts {

    public static final String COLLECTION = "accounts";

    private final MongoTemplate mongo;

    Accounts(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("email", Sort.Direction.ASC).unique());
        mongo.indexOps(COLLECTION).createIndex(new Index("familyId", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("passwordToken.hash", Sort.Direction.ASC));
    }

    /** Saves a new account; fails with a duplicate key when its id or e-mail is already taken. */
    public Account insert(Account account) {
        return mongo.insert(account);
    }

    /** Saves a change; fails with an optimistic locking failure when the account changed meanwhile. */
    public Account save(Account account) {
        return mongo.save(account);
    }

    public Optional<Account> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Account.class));
    }

    public Optional<Account> findByEmail(String email) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("email").is(email)), Account.class));
    }

    public Optional<Account> findByPasswordToken(String tokenHash) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("passwordToken.hash").is(tokenHash)),
                Account.class));
    }

    /** The accounts of a family's parents that can be told something: open or waiting for their first password. */
    public List<Account> reachableParentsOf(String familyId) {
        return mongo.find(Query.query(Criteria.where("familyId").is(familyId).and("state")
                .in(AccountState.ACTIVE, AccountState.PENDING_PASSWORD)), Account.class);
    }

    public boolean existsById(String id) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id)), Account.class);
    }

    /** Accounts whose e-mail, name or family id contains {@code text} (any case), by e-mail. */
    public List<Account> search(String text, int page, int size) {
        return mongo.find(matching(text).with(PageRequest.of(page, size, Sort.by("email"))), Account.class);
    }

    public long count(String text) {
        return mongo.count(matching(text), Account.class);
    }

    /** Remembers a login in one atomic update, keeping only the latest ones. */
    public void recordLogin(String id, LoginRecord login) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().push("lastLogins").slice(-Account.LOGINS_KEPT).each(login).inc("version", 1L),
                Account.class);
    }

    private static Query matching(String text) {
        if (text == null || text.isBlank()) {
            return new Query();
        }
        String pattern = Pattern.quote(text.strip());
        return Query.query(new Criteria().orOperator(Criteria.where("email").regex(pattern, "i"),
                Criteria.where("displayName").regex(pattern, "i"), Criteria.where("familyId").regex(pattern, "i")));
    }
}
