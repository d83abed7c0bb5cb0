package fr.portailfamilles.billing.payment;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The online payment attempts. */
@Repository
class PaymentAttempts {

    private final MongoTemplate mongo;

    PaymentAttempts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void insert(PaymentAttempt attempt) {
        mongo.insert(attempt, PaymentAttempt.COLLECTION);
    }

    Optional<PaymentAttempt> byId(String reference) {
        return Optional.ofNullable(mongo.findById(reference, PaymentAttempt.class, PaymentAttempt.COLLECTION));
    }

    /** Records the outcome; a paid attempt keeps its state whatever comes after. */
    void settle(String reference, PaymentAttempt.State state, String transaction, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(reference).and("state").ne(PaymentAttempt.State.PAID)),
                new Update().set("state", state).set("transaction", transaction).set("settledAt", at),
                PaymentAttempt.COLLECTION);
    }
}
