package fr.portailfamilles.registration.support;

import fr.portailfamilles.platform.security.PortailRoles;
import fr.portailfamilles.platform.security.ProblemSecurityHandlers;
import fr.portailfamilles.platform.security.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The platform's resource-server rules, plus the staff-only paths refused before anything is
 * read: a parent gets the same 403 whatever body they send. Controllers check again
 * ({@code CurrentUser.requireStaff()}), so a path added later is not left open by mistake.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    private static final String[] STAFF = {PortailRoles.STAFF, PortailRoles.ADMIN};

    @Bean
    SecurityFilterChain registrationApi(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/registrations/activities").hasAnyRole(STAFF)
                .requestMatchers(HttpMethod.PUT, "/api/registrations/activities/*", "/api/registrations/opening-hours",
                        "/api/registrations/calendars/*").hasAnyRole(STAFF)
                .requestMatchers("/api/registrations/requests", "/api/registrations/requests/**").hasAnyRole(STAFF)
                .requestMatchers(HttpMethod.POST, "/api/registrations/*/approval", "/api/registrations/*/refusal")
                .hasAnyRole(STAFF));
        return ResourceServerSecurity.apply(http, problems).build();
    }
}
