package fr.portailfamilles.identity.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The RSA key that signs the tokens. Generated once, kept in MongoDB, so that tokens stay valid
 * across restarts and every instance signs with the same key; the first instance to save it wins.
 */
public class SigningKeys {

    static final String COLLECTION = "signing_keys";
    static final String CURRENT = "current";
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final MongoTemplate mongo;
    private final Clock clock;

    public SigningKeys(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The key in use, created on the first call ever. */
    public RSAKey current() {
        RSAKey saved = load();
        if (saved != null) {
            return saved;
        }
        RSAKey generated = generate();
        try {
            mongo.insert(new Document("_id", CURRENT).append("kid", generated.getKeyID())
                    .append("jwk", generated.toJSONString()).append("createdAt", Date.from(clock.instant())),
                    COLLECTION);
            log.info("Generated the token signing key {}", generated.getKeyID());
            return generated;
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            return load();
        }
    }

    private RSAKey load() {
        Document document = mongo.findById(CURRENT, Document.class, COLLECTION);
        if (document == null) {
            return null;
        }
        try {
            return RSAKey.parse(document.getString("jwk"));
        } catch (ParseException corrupted) {
            throw new IllegalStateException("The stored signing key cannot be read", corrupted);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }
}
