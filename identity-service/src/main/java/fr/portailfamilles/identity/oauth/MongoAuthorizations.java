package fr.portailfamilles.identity.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Authorizations (codes, access, refresh and ID tokens of one login for one client) in MongoDB,
 * one document each, so that a restart or another instance keeps everyone logged in. Tokens are
 * looked up by a SHA-256 of their value, which keeps the indexes small.
 */
public class MongoAuthorizations implements OAuth2AuthorizationService {

    static final String COLLECTION = "oauth2_authorizations";
    private static final String CODE = "authorizationCode";
    private static final String ACCESS = "accessToken";
    private static final String ID_TOKEN = "oidcIdToken";
    private static final String REFRESH = "refreshToken";
    private static final List<String> TOKENS = List.of(CODE, ACCESS, ID_TOKEN, REFRESH);

    private final MongoTemplate mongo;
    private final RegisteredClientRepository clients;
    private final SecurityJson json = new SecurityJson();

    public MongoAuthorizations(MongoTemplate mongo, RegisteredClientRepository clients) {
        this.mongo = mongo;
        this.clients = clients;
        mongo.indexOps(COLLECTION).createIndex(new Index("state", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("principalName", Sort.Direction.ASC));
        TOKENS.forEach(token -> mongo.indexOps(COLLECTION).createIndex(new Index(token + ".hash", Sort.Direction.ASC)));
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        mongo.findAndReplace(Query.query(Criteria.where("_id").is(authorization.getId())), toDocument(authorization),
                FindAndReplaceOptions.options().upsert(), COLLECTION);
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        mongo.remove(Query.query(Criteria.where("_id").is(authorization.getId())), COLLECTION);
    }

    /** Ends every session of an account at once, e.g. when staff lock it: its refresh tokens stop working. */
    public void removeAllOf(String principalName) {
        mongo.remove(Query.query(Criteria.where("principalName").is(principalName)), COLLECTION);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return fromDocument(mongo.findById(id, Document.class, COLLECTION));
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        Criteria criteria;
        if (tokenType == null) {
            List<Criteria> any = new ArrayList<>(TOKENS.stream().map(field -> byHash(field, token)).toList());
            any.add(Criteria.where("state").is(token));
            criteria = new Criteria().orOperator(any);
        } else if (OAuth2ParameterNames.STATE.equals(tokenType.getValue())) {
            criteria = Criteria.where("state").is(token);
        } else {
            String field = fieldOf(tokenType);
            if (field == null) {
                return null;
            }
            criteria = byHash(field, token);
        }
        return fromDocument(mongo.findOne(Query.query(criteria), Document.class, COLLECTION));
    }

    private static String fieldOf(OAuth2TokenType type) {
        return switch (type.getValue()) {
            case OAuth2ParameterNames.CODE -> CODE;
            case OAuth2ParameterNames.ACCESS_TOKEN -> ACCESS;
            case OAuth2ParameterNames.REFRESH_TOKEN -> REFRESH;
            case OidcParameterNames.ID_TOKEN -> ID_TOKEN;
            default -> null;
        };
    }

    private static Criteria byHash(String field, String token) {
        return Criteria.where(field + ".hash").is(hash(token));
    }

    private Document toDocument(OAuth2Authorization authorization) {
        Document document = new Document("_id", authorization.getId())
                .append("registeredClientId", authorization.getRegisteredClientId())
                .append("principalName", authorization.getPrincipalName())
                .append("authorizationGrantType", authorization.getAuthorizationGrantType().getValue())
                .append("authorizedScopes", List.copyOf(authorization.getAuthorizedScopes()))
                .append("attributes", json.write(authorization.getAttributes()))
                .append("state", authorization.<String>getAttribute(OAuth2ParameterNames.STATE));
        document.append(CODE, token(authorization.getToken(OAuth2AuthorizationCode.class)));
        OAuth2Authorization.Token<OAuth2AccessToken> access = authorization.getToken(OAuth2AccessToken.class);
        Document accessDocument = token(access);
        if (accessDocument != null) {
            accessDocument.append("tokenType", access.getToken().getTokenType().getValue())
                    .append("scopes", List.copyOf(access.getToken().getScopes()));
        }
        document.append(ACCESS, accessDocument);
        document.append(ID_TOKEN, token(authorization.getToken(OidcIdToken.class)));
        document.append(REFRESH, token(authorization.getRefreshToken()));
        return document;
    }

    private Document token(OAuth2Authorization.Token<? extends OAuth2Token> token) {
        if (token == null) {
            return null;
        }
        OAuth2Token value = token.getToken();
        return new Document("value", value.getTokenValue())
                .append("hash", hash(value.getTokenValue()))
                .append("issuedAt", date(value.getIssuedAt()))
                .append("expiresAt", date(value.getExpiresAt()))
                .append("metadata", json.write(token.getMetadata()));
    }

    @SuppressWarnings("unchecked")
    private OAuth2Authorization fromDocument(Document document) {
        if (document == null) {
            return null;
        }
        String clientId = document.getString("registeredClientId");
        RegisteredClient client = clients.findById(clientId);
        if (client == null) {
            throw new DataRetrievalFailureException("The registered client '" + clientId + "' no longer exists");
        }
        Map<String, Object> attributes = json.read(document.getString("attributes"));
        OAuth2Authorization.Builder builder = OAuth2Authorization.withRegisteredClient(client)
                .id(document.getString("_id"))
                .principalName(document.getString("principalName"))
                .authorizationGrantType(new AuthorizationGrantType(document.getString("authorizationGrantType")))
                .authorizedScopes(new java.util.HashSet<>(document.getList("authorizedScopes", String.class)))
                .attributes(existing -> existing.putAll(attributes));
        Document code = document.get(CODE, Document.class);
        if (code != null) {
            builder.token(new OAuth2AuthorizationCode(code.getString("value"), issuedAt(code), expiresAt(code)),
                    metadata -> metadata.putAll(metadata(code)));
        }
        Document access = document.get(ACCESS, Document.class);
        if (access != null) {
            OAuth2AccessToken.TokenType type = OAuth2AccessToken.TokenType.DPOP.getValue()
                    .equalsIgnoreCase(access.getString("tokenType"))
                    ? OAuth2AccessToken.TokenType.DPOP : OAuth2AccessToken.TokenType.BEARER;
            builder.token(new OAuth2AccessToken(type, access.getString("value"), issuedAt(access), expiresAt(access),
                    new java.util.HashSet<>(access.getList("scopes", String.class))),
                    metadata -> metadata.putAll(metadata(access)));
        }
        Document idToken = document.get(ID_TOKEN, Document.class);
        if (idToken != null) {
            Map<String, Object> metadata = metadata(idToken);
            builder.token(new OidcIdToken(idToken.getString("value"), issuedAt(idToken), expiresAt(idToken),
                    (Map<String, Object>) metadata.get(OAuth2Authorization.Token.CLAIMS_METADATA_NAME)),
                    existing -> existing.putAll(metadata));
        }
        Document refresh = document.get(REFRESH, Document.class);
        if (refresh != null) {
            builder.token(new OAuth2RefreshToken(refresh.getString("value"), issuedAt(refresh), expiresAt(refresh)),
                    metadata -> metadata.putAll(metadata(refresh)));
        }
        return builder.build();
    }

    private Map<String, Object> metadata(Document token) {
        return json.read(token.getString("metadata"));
    }

    private static Instant issuedAt(Document token) {
        Date date = token.getDate("issuedAt");
        return date == null ? null : date.toInstant();
    }

    private static Instant expiresAt(Document token) {
        Date date = token.getDate("expiresAt");
        return date == null ? null : date.toInstant();
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
