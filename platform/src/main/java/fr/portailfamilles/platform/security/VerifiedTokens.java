package fr.portailfamilles.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Decodes and verifies each distinct bearer token once, then answers its later requests from
 * memory until the token expires. A family's page sends the same token with every request it
 * makes (the grid, « Valider », the live stream, « Actualiser »): parsing it and checking its RSA
 * signature each time cost about a tenth of reservation-service's request time on opening
 * morning. Only a token that verified is kept, by its whole text (signature included), so a token
 * that differs by one character is verified afresh; a kept token is dropped the instant it
 * expires (the decoder's clock-skew allowance is not extended to it).
 */
public final class VerifiedTokens implements JwtDecoder {

    /** A few thousand families at once on opening morning; each kept token costs about 2 KB. */
    static final int KEPT = 10_000;
    static final Duration KEPT_AT_MOST = Duration.ofMinutes(10);

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Cache<String, Jwt> verified = Caffeine.newBuilder().maximumSize(KEPT)
            .expireAfterWrite(KEPT_AT_MOST).build();

    public VerifiedTokens(JwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null && unexpired(known)) {
            return known;
        }
        Jwt decoded = decoder.decode(token);
        if (unexpired(decoded)) {
            verified.put(token, decoded);
        }
        return decoded;
    }

    /** A token without an expiry is verified every time: only what expires is kept. */
    private boolean unexpired(Jwt jwt) {
        return jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt());
    }
}
