package fr.portailfamilles.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;

class PortalSecurityTest {

    @Test
    void rolesOfTheIdTokenBecomeAuthorities() {
        OidcIdToken idToken = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", "acc-1", "roles", List.of("STAFF", "ADMIN")));

        var mapped = new PortalSecurity().rolesFromIdToken().mapAuthorities(List.of(new OidcUserAuthority(idToken)));

        assertThat(mapped).extracting(GrantedAuthority::getAuthority).contains("ROLE_STAFF", "ROLE_ADMIN");
    }

    @Test
    void asksForACsrfTokenOnlyWhereTheSessionCookieAuthenticatesAChange() {
        ServerWebExchangeMatcher matcher = PortalSecurity.sessionWrites();

        assertThat(matches(matcher, MockServerHttpRequest.post("/api/families/me/contact-changes")
                .cookie(new HttpCookie("PORTAIL_SESSION", "s")))).isTrue();
        assertThat(matches(matcher, MockServerHttpRequest.get("/api/families/me")
                .cookie(new HttpCookie("PORTAIL_SESSION", "s")))).isFalse();
        assertThat(matches(matcher, MockServerHttpRequest.post("/api/families/me/contact-changes")
                .cookie(new HttpCookie("PORTAIL_SESSION", "s")).header("Authorization", "Bearer x"))).isFalse();
        assertThat(matches(matcher, MockServerHttpRequest.post("/api/families/me/contact-changes"))).isFalse();
        assertThat(matches(matcher, MockServerHttpRequest.post("/connexion")
                .cookie(new HttpCookie("PORTAIL_SESSION", "s")))).isFalse();
    }

    private static boolean matches(ServerWebExchangeMatcher matcher, MockServerHttpRequest.BaseBuilder<?> request) {
        return matcher.matches(MockServerWebExchange.from(request)).block().isMatch();
    }
}
