package jp.kizuna.localauth.oidc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.bson.Document;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.jackson.SecurityJacksonModules;
import org.springframework.security.oauth2.core.AbstractOAuth2Token;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * The issuer's authorizations (authorization codes, access, refresh and ID tokens, per person and client)
 * in MongoDB, so that a person stays signed in to their apps across a restart of the issuer, and "sign
 * out everywhere" finds every one of them. One document per authorization, written whole; tokens are
 * found by the SHA-256 of their value.
 * <p>
 * <b>Refresh token reuse.</b> Refresh tokens rotate at every use. A rotated-out token is kept (as its hash)
 * in its authorization's document; if it is ever presented again, someone holds a copy of an old token — the
 * client or a thief — and the whole authorization is revoked, so that neither can go on with it (OAuth 2.0
 * Security BCP, RFC 9700 §4.14.2).
 */
@Component
class MongoAuthorizationService implements OAuth2AuthorizationService, SmartInitializingSingleton {

    static final String COLLECTION = "authorizations";

    private static final Logger log = LoggerFactory.getLogger(MongoAuthorizationService.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final String RETIRED = "retiredRefreshTokens";

    /** The token kinds this issuer hands out, with the field each is stored under. */
    private enum Kind {
        CODE("authorizationCode", OAuth2AuthorizationCode.class, new OAuth2TokenType(OAuth2ParameterNames.CODE)),
        ACCESS("accessToken", OAuth2AccessToken.class, OAuth2TokenType.ACCESS_TOKEN),
        REFRESH("refreshToken", OAuth2RefreshToken.class, OAuth2TokenType.REFRESH_TOKEN),
        ID("idToken", OidcIdToken.class, new OAuth2TokenType(OidcParameterNames.ID_TOKEN));

        final String field;
        final Class<? extends AbstractOAuth2Token> type;
        final OAuth2TokenType tokenType;

        Kind(String field, Class<? extends AbstractOAuth2Token> type, OAuth2TokenType tokenType) {
            this.field = field;
            this.type = type;
            this.tokenType = tokenType;
        }

        String hashPath() {
            return "tokens." + field + ".hash";
        }
    }

    private final MongoTemplate mongo;
    private final RegisteredClientRepository clients;
    private final Clock clock;
    /**
     * Spring Security's modules with their allow-list of types, plus the JDK's immutable collections that
     * claims are often built with ({@code List.of}).
     */
    private final JsonMapper json = JsonMapper.builder()
            .addModules(SecurityJacksonModules.getModules(MongoAuthorizationService.class.getClassLoader(),
                    BasicPolymorphicTypeValidator.builder().allowIfSubType("java.util.ImmutableCollections$")))
            .build();

    MongoAuthorizationService(MongoTemplate mongo, RegisteredClientRepository clients, Clock clock) {
        this.mongo = mongo;
        this.clients = clients;
        this.clock = clock;
    }

    /** Indexes for every lookup this service makes; created at start, idempotently. */
    @Override
    public void afterSingletonsInstantiated() {
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("principalName", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("state", Sort.Direction.ASC).sparse());
        indexes.createIndex(new Index().on(RETIRED, Sort.Direction.ASC));
        indexes.createIndex(new Index().on("expiresAt", Sort.Direction.ASC));
        for (Kind kind : Kind.values()) {
            indexes.createIndex(new Index().on(kind.hashPath(), Sort.Direction.ASC).sparse());
        }
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        Objects.requireNonNull(authorization, "authorization");
        Document document = toDocument(authorization);
        Document existing = mongo.findById(authorization.getId(), Document.class, COLLECTION);
        List<String> retired = new ArrayList<>();
        if (existing != null) {
            retired.addAll(existing.getList(RETIRED, String.class, List.of()));
            String before = tokenHash(existing, Kind.REFRESH);
            if (before != null && !before.equals(tokenHash(document, Kind.REFRESH))) {
                retired.add(before);
            }
        }
        document.put(RETIRED, retired);
        mongo.save(document, COLLECTION);
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        mongo.remove(Query.query(Criteria.where("_id").is(authorization.getId())), COLLECTION);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        Document document = mongo.findById(id, Document.class, COLLECTION);
        return document == null ? null : toAuthorization(document);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        Criteria criteria;
        String hash = sha256(token);
        if (tokenType == null) {
            List<Criteria> any = new ArrayList<>();
            any.add(Criteria.where("state").is(token));
            for (Kind kind : Kind.values()) {
                any.add(Criteria.where(kind.hashPath()).is(hash));
            }
            criteria = new Criteria().orOperator(any);
        } else if (OAuth2ParameterNames.STATE.equals(tokenType.getValue())) {
            criteria = Criteria.where("state").is(token);
        } else {
            Kind kind = kindOf(tokenType);
            if (kind == null) {
                return null;
            }
            criteria = Criteria.where(kind.hashPath()).is(hash);
        }
        Document document = mongo.findOne(Query.query(criteria), Document.class, COLLECTION);
        if (document != null) {
            return toAuthorization(document);
        }
        if (tokenType == null || OAuth2TokenType.REFRESH_TOKEN.equals(tokenType)) {
            revokeOnReuse(hash);
        }
        return null;
    }

    /** Revokes every authorization of a person; "sign out everywhere". */
    int removeAllOf(String principalName) {
        return (int) mongo.remove(Query.query(Criteria.where("principalName").is(principalName)), COLLECTION)
                .getDeletedCount();
    }

    /** Revokes a person's authorizations at one client: that client's sign-out. */
    int removeAllOf(String principalName, String clientId) {
        RegisteredClient client = clients.findByClientId(clientId);
        if (client == null) {
            return 0;
        }
        return (int) mongo.remove(Query.query(Criteria.where("principalName").is(principalName)
                .and("registeredClientId").is(client.getId())), COLLECTION).getDeletedCount();
    }

    /** Authorizations whose every token has run out are of no use to anyone; removed every hour. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void removeExpired() {
        long removed = mongo.remove(Query.query(Criteria.where("expiresAt").lt(Date.from(clock.instant()))), COLLECTION)
                .getDeletedCount();
        if (removed > 0) {
            log.info("removed {} expired authorizations", removed);
        }
    }

    private void revokeOnReuse(String hash) {
        Document reused = mongo.findOne(Query.query(Criteria.where(RETIRED).is(hash)), Document.class, COLLECTION);
        if (reused != null) {
            mongo.remove(Query.query(Criteria.where("_id").is(reused.getString("_id"))), COLLECTION);
            log.warn("a rotated-out refresh token of authorization {} (client {}, principal {}) was presented again; "
                            + "the authorization is revoked", reused.getString("_id"), reused.getString("registeredClientId"),
                    reused.getString("principalName"));
        }
    }

    private static Kind kindOf(OAuth2TokenType tokenType) {
        for (Kind kind : Kind.values()) {
            if (kind.tokenType.equals(tokenType)) {
                return kind;
            }
        }
        return null;
    }

    private Document toDocument(OAuth2Authorization authorization) {
        Document tokens = new Document();
        Instant expiresAt = null;
        for (Kind kind : Kind.values()) {
            OAuth2Authorization.Token<? extends AbstractOAuth2Token> token = authorization.getToken(kind.type);
            if (token == null) {
                continue;
            }
            AbstractOAuth2Token value = token.getToken();
            Document stored = new Document("value", value.getTokenValue())
                    .append("hash", sha256(value.getTokenValue()))
                    .append("issuedAt", date(value.getIssuedAt()))
                    .append("expiresAt", date(value.getExpiresAt()))
                    .append("metadata", json.writeValueAsString(token.getMetadata()));
            if (value instanceof OAuth2AccessToken access) {
                stored.append("tokenType", access.getTokenType().getValue())
                        .append("scopes", new ArrayList<>(access.getScopes()));
            }
            tokens.append(kind.field, stored);
            if (value.getExpiresAt() != null && (expiresAt == null || value.getExpiresAt().isAfter(expiresAt))) {
                expiresAt = value.getExpiresAt();
            }
        }
        Document document = new Document("_id", authorization.getId())
                .append("registeredClientId", authorization.getRegisteredClientId())
                .append("principalName", authorization.getPrincipalName())
                .append("grantType", authorization.getAuthorizationGrantType().getValue())
                .append("scopes", new ArrayList<>(authorization.getAuthorizedScopes()))
                .append("attributes", json.writeValueAsString(authorization.getAttributes()))
                .append("tokens", tokens)
                // an authorization request waiting for its code has no token yet: kept for ten minutes
                .append("expiresAt", date(expiresAt != null ? expiresAt : clock.instant().plusSeconds(600)));
        String state = authorization.getAttribute(OAuth2ParameterNames.STATE);
        if (state != null) {
            document.append("state", state);
        }
        return document;
    }

    private OAuth2Authorization toAuthorization(Document document) {
        String clientId = document.getString("registeredClientId");
        RegisteredClient client = clients.findById(clientId);
        if (client == null) {
            throw new DataRetrievalFailureException("authorization " + document.getString("_id")
                    + " names client " + clientId + ", which is not registered");
        }
        OAuth2Authorization.Builder builder = OAuth2Authorization.withRegisteredClient(client)
                .id(document.getString("_id"))
                .principalName(document.getString("principalName"))
                .authorizationGrantType(new AuthorizationGrantType(document.getString("grantType")))
                .authorizedScopes(new HashSet<>(document.getList("scopes", String.class, List.of())))
                .attributes(attributes -> attributes.putAll(map(document.getString("attributes"))));
        String state = document.getString("state");
        if (state != null) {
            builder.attribute(OAuth2ParameterNames.STATE, state);
        }
        Document tokens = document.get("tokens", Document.class);
        if (tokens != null) {
            token(tokens, Kind.CODE, builder, stored -> new OAuth2AuthorizationCode(stored.getString("value"),
                    instant(stored, "issuedAt"), instant(stored, "expiresAt")));
            token(tokens, Kind.ACCESS, builder, stored -> new OAuth2AccessToken(
                    tokenType(stored.getString("tokenType")), stored.getString("value"), instant(stored, "issuedAt"),
                    instant(stored, "expiresAt"), Set.copyOf(stored.getList("scopes", String.class, List.of()))));
            token(tokens, Kind.REFRESH, builder, stored -> new OAuth2RefreshToken(stored.getString("value"),
                    instant(stored, "issuedAt"), instant(stored, "expiresAt")));
            token(tokens, Kind.ID, builder, stored -> new OidcIdToken(stored.getString("value"),
                    instant(stored, "issuedAt"), instant(stored, "expiresAt"), claims(stored)));
        }
        return builder.build();
    }

    private void token(Document tokens, Kind kind, OAuth2Authorization.Builder builder,
                       Function<Document, ? extends AbstractOAuth2Token> read) {
        Document stored = tokens.get(kind.field, Document.class);
        if (stored != null) {
            Map<String, Object> metadata = map(stored.getString("metadata"));
            builder.token(read.apply(stored), target -> target.putAll(metadata));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> claims(Document stored) {
        Object claims = map(stored.getString("metadata")).get(OAuth2Authorization.Token.CLAIMS_METADATA_NAME);
        return claims instanceof Map<?, ?> map ? (Map<String, Object>) map : new LinkedHashMap<>();
    }

    private Map<String, Object> map(String text) {
        return text == null ? new LinkedHashMap<>() : json.readValue(text, MAP);
    }

    private static OAuth2AccessToken.TokenType tokenType(String value) {
        return OAuth2AccessToken.TokenType.DPOP.getValue().equalsIgnoreCase(value)
                ? OAuth2AccessToken.TokenType.DPOP : OAuth2AccessToken.TokenType.BEARER;
    }

    private static String tokenHash(Document document, Kind kind) {
        Document tokens = document.get("tokens", Document.class);
        Document stored = tokens == null ? null : tokens.get(kind.field, Document.class);
        return stored == null ? null : stored.getString("hash");
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document stored, String field) {
        Date date = stored.getDate(field);
        return date == null ? null : date.toInstant();
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
