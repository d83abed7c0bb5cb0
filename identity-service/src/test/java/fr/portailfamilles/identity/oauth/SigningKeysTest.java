package fr.portailfamilles.identity.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import fr.portailfamilles.identity.support.IdentityTest;
import java.time.Clock;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

class SigningKeysTest extends IdentityTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    SigningKeys signingKeys;

    @Test
    void theKeyIsKeptInMongoAndReloadedUnchangedByARestartedOrSecondInstance() throws Exception {
        RSAKey inUse = signingKeys.current();

        RSAKey afterRestart = new SigningKeys(mongo, Clock.systemUTC()).current();

        assertThat(afterRestart).isEqualTo(inUse);
        assertThat(afterRestart.toRSAPrivateKey()).isEqualTo(inUse.toRSAPrivateKey());
        Document stored = mongo.findById(SigningKeys.CURRENT, Document.class, SigningKeys.COLLECTION);
        assertThat(stored.getString("kid")).isEqualTo(inUse.getKeyID());
        assertThat(mongo.getCollection(SigningKeys.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void theJwksServesThePublicPartOfTheStoredKeyOnly() throws Exception {
        JWKSet served = JWKSet.parse(api.get("/oauth2/jwks", null).body());

        RSAKey stored = new SigningKeys(mongo, Clock.systemUTC()).current();
        assertThat(served.getKeys()).hasSize(1);
        RSAKey published = served.getKeys().get(0).toRSAKey();
        assertThat(published.getKeyID()).isEqualTo(stored.getKeyID());
        assertThat(published.getModulus()).isEqualTo(stored.getModulus());
        assertThat(published.isPrivate()).isFalse();
    }
}
