package fr.portailfamilles.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-11-28T08:30:00Z");

    /** The decoder behind: records each token it is asked to verify; "forged…" fail, "timeless…" never expire. */
    final List<String> verifiedBehind = new ArrayList<>();
    final JwtDecoder behind = token -> {
        verifiedBehind.add(token);
        if (token.startsWith("forged")) {
            throw new BadJwtException("signature");
        }
        Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("parent")
                .issuedAt(NOW.minusSeconds(1));
        if (token.startsWith("timeless")) {
            return jwt.build();
        }
        return jwt.expiresAt(token.startsWith("short") ? NOW.plusSeconds(30) : NOW.plus(Duration.ofMinutes(15))).build();
    };

    @Test
    void aTokenIsVerifiedOnceAndAnsweredFromMemoryUntilItExpires() {
        MutableClock clock = new MutableClock(NOW);
        VerifiedTokens tokens = new VerifiedTokens(behind, clock);

        Jwt first = tokens.decode("short-lived");
        assertThat(tokens.decode("short-lived")).isSameAs(first);
        assertThat(tokens.decode("another")).isNotSameAs(first);
        assertThat(verifiedBehind).containsExactly("short-lived", "another");

        clock.now = NOW.plusSeconds(30);
        tokens.decode("short-lived");
        assertThat(verifiedBehind).as("expired: verified again (and refused there if too old)")
                .containsExactly("short-lived", "another", "short-lived");
    }

    @Test
    void aTokenWithoutExpiryIsVerifiedEveryTime() {
        VerifiedTokens tokens = new VerifiedTokens(behind, new MutableClock(NOW));

        tokens.decode("timeless");
        tokens.decode("timeless");
        assertThat(verifiedBehind).containsExactly("timeless", "timeless");
    }

    @Test
    void aTokenThatFailsIsNeverKept() {
        VerifiedTokens tokens = new VerifiedTokens(behind, new MutableClock(NOW));

        assertThatThrownBy(() -> tokens.decode("forged-token")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged-token")).isInstanceOf(BadJwtException.class);
        assertThat(verifiedBehind).containsExactly("forged-token", "forged-token");
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
