package fr.portailfamilles.platform.test;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/** Points every {@link PortailServiceTest} context at the shared broker and database. */
public class SharedInfrastructureCustomizerFactory implements ContextCustomizerFactory {

    static final String PLATFORM_DEFAULTS = "portail-platform-defaults";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        boolean wanted = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(PortailServiceTest.class);
        return wanted ? new SharedInfrastructureCustomizer() : null;
    }

    /** Stateless, so equal to every other instance and the context cache can reuse contexts. */
    static final class SharedInfrastructureCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            SharedInfrastructure infrastructure = SharedInfrastructure.get();
            String database = "test_" + context.getEnvironment().getProperty("spring.application.name", "service")
                    .replace('-', '_');
            MutablePropertySources sources = context.getEnvironment().getPropertySources();
            sources.addFirst(new MapPropertySource("shared-infrastructure",
                    Map.of("spring.mongodb.uri", infrastructure.mongoUri(database),
                            "spring.cloud.stream.kafka.binder.brokers", infrastructure.kafkaBootstrap())));
            // above the platform defaults only: a service that sets its own issuer (identity) keeps it
            MapPropertySource testIssuer = new MapPropertySource("shared-test-issuer",
                    Map.of("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", infrastructure.tokens().jwkSetUri(),
                            "spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens.ISSUER));
            if (sources.contains(PLATFORM_DEFAULTS)) {
                sources.addBefore(PLATFORM_DEFAULTS, testIssuer);
            } else {
                sources.addLast(testIssuer);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SharedInfrastructureCustomizer;
        }

        @Override
        public int hashCode() {
            return SharedInfrastructureCustomizer.class.hashCode();
        }
    }
}
