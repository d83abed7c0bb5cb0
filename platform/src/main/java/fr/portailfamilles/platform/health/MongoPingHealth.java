package fr.portailfamilles.platform.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The {@code mongo} health of a service: a {@code ping} of its own database. It replaces Boot's
 * indicator, which sends {@code hello} to every database of the server: that needs the right to
 * list databases, and the embedded wire server does not know {@code hello}, so health went DOWN
 * as soon as a database held a collection.
 */
public class MongoPingHealth extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    public MongoPingHealth(MongoTemplate mongo) {
        super("MongoDB health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ok", answer.get("ok"));
    }
}
