package fr.portailfamilles.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;

/**
 * The architecture rules every service obeys: it never reaches into another service's code,
 * and its domain model knows nothing of HTTP, Kafka or Spring Cloud Stream.
 */
public final class PortailArchitecture {

    static final List<String> SERVICES = List.of("identity", "family", "registration", "reservation", "billing",
            "gateway");

    private PortailArchitecture() {
    }

    /** Rules for the service whose base package is {@code fr.portailfamilles.<service>}. */
    public static List<ArchRule> rulesFor(String service) {
        return Stream.concat(Stream.of(domainStaysPure()), otherServices(service).map(PortailArchitecture::noAccessTo))
                .toList();
    }

    static ArchRule domainStaysPure() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.http..", "jakarta.servlet..", "org.springframework.cloud.stream..",
                        "org.springframework.kafka..", "org.apache.kafka..", "org.springframework.messaging..",
                        "fr.portailfamilles.platform.messaging..")
                .because("the domain model must stay free of web and messaging concerns")
                .allowEmptyShould(true);
    }

    private static Stream<String> otherServices(String service) {
        return SERVICES.stream().filter(other -> !other.equals(service));
    }

    private static ArchRule noAccessTo(String otherService) {
        return noClasses().that().resideInAPackage("fr.portailfamilles..")
                .should().dependOnClassesThat().resideInAPackage("fr.portailfamilles." + otherService + "..")
                .because("services talk through events and HTTP, never through each other's code")
                .allowEmptyShould(true);
    }
}
