package fr.portailfamilles.registration.support;

import fr.portailfamilles.platform.test.PortailServiceTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole service on the shared embedded broker and database, with the demo catalogue and the
 * town's clock set to Monday 30 November 2026, 10:00: every test class of this module carries it,
 * so they all share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@PortailServiceTest
@ActiveProfiles("demo")
@Import(TownClock.class)
public @interface RegistrationIntegrationTest {
}
