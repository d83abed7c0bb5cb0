package fr.portailfamilles.gateway.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Who may reach what through the gateway. Pages need a login (the back-office needs a staff
 * role); API calls pass with the session's access token relayed, or with the caller's own
 * bearer token, and each service decides; the identity service's login pages are open.
 */
@Configuration
@EnableWebFluxSecurity
@EnableConfigurationProperties(LoginProperties.class)
class PortalSecurity {

    static final String SESSION_COOKIE = "PORTAIL_SESSION";

    /** Only health, info and prometheus are exposed: any other actuator path is a plain 404. */
    static final String[] OPEN = {"/actuator/**", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/api/**"};

    /**
     * No observation per security filter, authentication and authorization (a dozen per request,
     * for spans no one reads): the request's own observation keeps its metrics and trace.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(LoginProperties login) {
        return new InMemoryReactiveClientRegistrationRepository(IdentityProviderRegistration.of(login));
    }

    @Bean
    SecurityWebFilterChain portalFilterChain(ServerHttpSecurity http, ReactiveClientRegistrationRepository clients,
            LoginProperties login) {
        DefaultServerOAuth2AuthorizationRequestResolver withPkce = new DefaultServerOAuth2AuthorizationRequestResolver(clients);
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedServerLogoutSuccessHandler logoutAtIdentity = new OidcClientInitiatedServerLogoutSuccessHandler(clients);
        logoutAtIdentity.setPostLogoutRedirectUri(login.publicUrl() + "/");
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(OPEN).permitAll()
                        .pathMatchers(IdentityPaths.PATTERNS).permitAll()
                        .pathMatchers("/admin", "/admin/**").hasAnyRole("STAFF", "ADMIN")
                        .anyExchange().authenticated())
                .oauth2Login(oauth2 -> oauth2.authorizationRequestResolver(withPkce))
                .oauth2Client(client -> { })
                .logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessHandler(logoutAtIdentity))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(sessionWrites()))
                .build();
    }

    /**
     * CSRF matters only where the browser's session cookie authenticates a change: a call
     * without that cookie, or with its own bearer token (which a forged page cannot set), cannot
     * be forged; the identity service guards its own forms.
     */
    static ServerWebExchangeMatcher sessionWrites() {
        ServerWebExchangeMatcher identityForms = ServerWebExchangeMatchers.pathMatchers(IdentityPaths.PATTERNS);
        return exchange -> {
            HttpMethod method = exchange.getRequest().getMethod();
            boolean safe = method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS
                    || method == HttpMethod.TRACE;
            boolean bearer = exchange.getRequest().getHeaders().containsHeader("Authorization");
            boolean session = exchange.getRequest().getCookies().containsKey(SESSION_COOKIE);
            if (safe || bearer || !session) {
                return ServerWebExchangeMatcher.MatchResult.notMatch();
            }
            return identityForms.matches(exchange).flatMap(identity -> identity.isMatch()
                    ? ServerWebExchangeMatcher.MatchResult.notMatch()
                    : ServerWebExchangeMatcher.MatchResult.match());
        };
    }

    /** The identity service puts the account's roles in the ID token's {@code roles} claim. */
    @Bean
    GrantedAuthoritiesMapper rolesFromIdToken() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            authorities.stream()
                    .filter(OidcUserAuthority.class::isInstance)
                    .map(OidcUserAuthority.class::cast)
                    .map(authority -> authority.getIdToken().getClaimAsStringList("roles"))
                    .filter(roles -> roles != null)
                    .flatMap(List::stream)
                    .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                    .forEach(mapped::add);
            return (Collection<? extends GrantedAuthority>) mapped;
        };
    }
}
