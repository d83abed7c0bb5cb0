package fr.portailfamilles.identity.oauth;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/** The OAuth2 clients, one document each; settings are kept as JSON like Spring's JDBC repository does. */
public class MongoRegisteredClients implements RegisteredClientRepository {

    static final String COLLECTION = "oauth2_registered_clients";

    private final MongoTemplate mongo;
    private final SecurityJson json = new SecurityJson();

    public MongoRegisteredClients(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("clientId", Sort.Direction.ASC).unique());
    }

    @Override
    public void save(RegisteredClient client) {
        mongo.findAndReplace(Query.query(Criteria.where("_id").is(client.getId())), toDocument(client),
                FindAndReplaceOptions.options().upsert(), COLLECTION);
    }

    @Override
    public RegisteredClient findById(String id) {
        return fromDocument(mongo.findById(id, Document.class, COLLECTION));
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return fromDocument(mongo.findOne(Query.query(Criteria.where("clientId").is(clientId)), Document.class,
                COLLECTION));
    }

    private Document toDocument(RegisteredClient client) {
        Instant issuedAt = client.getClientIdIssuedAt() != null ? client.getClientIdIssuedAt() : Instant.now();
        return new Document("_id", client.getId())
                .append("clientId", client.getClientId())
                .append("clientIdIssuedAt", Date.from(issuedAt))
                .append("clientSecret", client.getClientSecret())
                .append("clientSecretExpiresAt", date(client.getClientSecretExpiresAt()))
                .append("clientName", client.getClientName())
                .append("clientAuthenticationMethods", values(client.getClientAuthenticationMethods(),
                        ClientAuthenticationMethod::getValue))
                .append("authorizationGrantTypes", values(client.getAuthorizationGrantTypes(),
                        AuthorizationGrantType::getValue))
                .append("redirectUris", List.copyOf(client.getRedirectUris()))
                .append("postLogoutRedirectUris", List.copyOf(client.getPostLogoutRedirectUris()))
                .append("scopes", List.copyOf(client.getScopes()))
                .append("clientSettings", json.write(client.getClientSettings().getSettings()))
                .append("tokenSettings", json.write(client.getTokenSettings().getSettings()));
    }

    private RegisteredClient fromDocument(Document document) {
        if (document == null) {
            return null;
        }
        return RegisteredClient.withId(document.getString("_id"))
                .clientId(document.getString("clientId"))
                .clientIdIssuedAt(instant(document.getDate("clientIdIssuedAt")))
                .clientSecret(document.getString("clientSecret"))
                .clientSecretExpiresAt(instant(document.getDate("clientSecretExpiresAt")))
                .clientName(document.getString("clientName"))
                .clientAuthenticationMethods(methods -> strings(document, "clientAuthenticationMethods")
                        .forEach(method -> methods.add(new ClientAuthenticationMethod(method))))
                .authorizationGrantTypes(grants -> strings(document, "authorizationGrantTypes")
                        .forEach(grant -> grants.add(new AuthorizationGrantType(grant))))
                .redirectUris(uris -> uris.addAll(strings(document, "redirectUris")))
                .postLogoutRedirectUris(uris -> uris.addAll(strings(document, "postLogoutRedirectUris")))
                .scopes(scopes -> scopes.addAll(strings(document, "scopes")))
                .clientSettings(ClientSettings.withSettings(json.read(document.getString("clientSettings"))).build())
                .tokenSettings(TokenSettings.withSettings(json.read(document.getString("tokenSettings"))).build())
                .build();
    }

    private static <T> List<String> values(Collection<T> items, Function<T, String> value) {
        return items.stream().map(value).toList();
    }

    private static Set<String> strings(Document document, String field) {
        List<String> list = document.getList(field, String.class);
        return list == null ? Set.of() : list.stream().collect(Collectors.toSet());
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
