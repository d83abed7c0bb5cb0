package fr.portailfamilles.platform.config;

import fr.portailfamilles.platform.health.MongoPingHealth;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Puts the service's own {@code mongo} health check in place of Boot's. */
@AutoConfiguration(beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
public class PlatformHealthConfiguration {

    @Bean(name = "mongoHealthIndicator")
    @ConditionalOnMissingBean(name = "mongoHealthIndicator")
    MongoPingHealth mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealth(mongo);
    }
}
