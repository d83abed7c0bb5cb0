package fr.portailfamilles.identity.web;

import fr.portailfamilles.platform.security.PortailRoles;
import fr.portailfamilles.platform.security.ProblemSecurityHandlers;
import fr.portailfamilles.platform.security.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Two chains besides the authorization server's: the API under {@code /api/identity/**}, a
 * stateless resource server like every service's (roles from the {@code roles} claim, French
 * problem+json 401/403); and the pages (login, password pages, assets) with their session and
 * CSRF protection. Operations endpoints are open.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/connexion";

    /** The API, as every service guards it (platform rules), plus the staff-only account management. */
    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemSecurityHandlers problems) {
        http.securityMatcher("/api/identity/**")
                .authorizeHttpRequests(authorize -> authorize.requestMatchers("/api/identity/accounts/**")
                        .hasAnyRole(PortailRoles.STAFF, PortailRoles.ADMIN));
        return ResourceServerSecurity.apply(http, problems).build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pagesChain(HttpSecurity http) {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(LOGIN_PAGE, "/mot-de-passe/**", "/identity-assets/**", "/error",
                                "/actuator/**")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN_PAGE).loginProcessingUrl(LOGIN_PAGE)
                        .failureHandler(new SimpleUrlAuthenticationFailureHandler(LOGIN_PAGE + "?erreur")));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
