package fr.portailfamilles.identity.oauth;

import java.util.List;
import org.bson.Document;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/** The scopes an account granted to a client, one document per (client, account). */
public class MongoAuthorizationConsents implements OAuth2AuthorizationConsentService {

    static final String COLLECTION = "oauth2_authorization_consents";

    private final MongoTemplate mongo;
    private final RegisteredClientRepository clients;

    public MongoAuthorizationConsents(MongoTemplate mongo, RegisteredClientRepository clients) {
        this.mongo = mongo;
        this.clients = clients;
    }

    @Override
    public void save(OAuth2AuthorizationConsent consent) {
        String id = idOf(consent.getRegisteredClientId(), consent.getPrincipalName());
        Document document = new Document("_id", id)
                .append("registeredClientId", consent.getRegisteredClientId())
                .append("principalName", consent.getPrincipalName())
                .append("authorities", consent.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
        mongo.findAndReplace(Query.query(Criteria.where("_id").is(id)), document,
                FindAndReplaceOptions.options().upsert(), COLLECTION);
    }

    @Override
    public void remove(OAuth2AuthorizationConsent consent) {
        mongo.remove(Query.query(Criteria.where("_id")
                .is(idOf(consent.getRegisteredClientId(), consent.getPrincipalName()))), COLLECTION);
    }

    @Override
    public OAuth2AuthorizationConsent findById(String registeredClientId, String principalName) {
        Document document = mongo.findById(idOf(registeredClientId, principalName), Document.class, COLLECTION);
        if (document == null) {
            return null;
        }
        if (clients.findById(registeredClientId) == null) {
            throw new DataRetrievalFailureException("The registered client '" + registeredClientId
                    + "' no longer exists");
        }
        OAuth2AuthorizationConsent.Builder builder = OAuth2AuthorizationConsent.withId(registeredClientId,
                principalName);
        List<String> authorities = document.getList("authorities", String.class);
        authorities.forEach(authority -> builder.authority(new SimpleGrantedAuthority(authority)));
        return builder.build();
    }

    private static String idOf(String registeredClientId, String principalName) {
        return registeredClientId + ":" + principalName;
    }
}
