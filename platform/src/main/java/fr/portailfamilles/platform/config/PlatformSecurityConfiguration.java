package fr.portailfamilles.platform.config;

import fr.portailfamilles.platform.security.CurrentUserArgumentResolver;
import fr.portailfamilles.platform.security.IdentityUnavailableFilter;
import fr.portailfamilles.platform.security.ProblemSecurityHandlers;
import fr.portailfamilles.platform.security.ResourceServerSecurity;
import fr.portailfamilles.platform.security.VerifiedTokens;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes every service a resource server of the identity service's tokens, unless the service
 * declares its own filter chain (the identity service, which also serves the login pages).
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
public class PlatformSecurityConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProblemSecurityHandlers problemSecurityHandlers(JsonMapper json) {
        return new ProblemSecurityHandlers(json);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain portailResourceServer(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        return ResourceServerSecurity.apply(http, problems).build();
    }

    /**
     * Spring Security observes every filter of its chain, every authentication and every
     * authorization as observations of their own, a dozen per request: on opening morning that
     * wrapping cost reservation-service about a tenth of its time. The request's own observation
     * ({@code http.server.requests}: metrics, trace) stays; refusals are still answered and logged.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Every service's token decoder (Spring Boot's, or the service's own) verifies each token once. */
    @Bean
    static BeanPostProcessor verifiedTokens() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)
                        ? new VerifiedTokens(decoder, Clock.systemUTC()) : bean;
            }
        };
    }

    /** Runs around Spring Security's filters, whose own order is -100. */
    @Bean
    FilterRegistrationBean<IdentityUnavailableFilter> identityUnavailableFilter(JsonMapper json) {
        FilterRegistrationBean<IdentityUnavailableFilter> registration =
                new FilterRegistrationBean<>(new IdentityUnavailableFilter(json));
        registration.setOrder(-200);
        return registration;
    }

    @Bean
    WebMvcConfigurer currentUserResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver());
            }
        };
    }
}
