package fr.portailfamilles.billing.web;

import fr.portailfamilles.platform.security.ProblemSecurityHandlers;
import fr.portailfamilles.platform.security.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two chains. The payment provider's side is open without a login, as a bank's page and its
 * server-to-server notification are: the simulated provider's page (its address holds a random
 * reference) and the notification address (each notification is verified by its provider adapter).
 * Everything else is the platform's resource server: bearer JWT, roles from the token.
 */
@Configuration(proxyBeanMethods = false)
class BillingSecurity {

    static final String[] PROVIDER_SIDE = {"/api/billing/simulated-provider/**", "/api/billing/payments/notifications"};

    @Bean
    @Order(1)
    SecurityFilterChain providerSide(HttpSecurity http) throws Exception {
        return http.securityMatcher(PROVIDER_SIDE)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        return ResourceServerSecurity.apply(http, problems).build();
    }
}
