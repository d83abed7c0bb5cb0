package fr.portailfamilles.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "fr.portailfamilles.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule knowsNoOtherServiceCode = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "fr.portailfamilles.identity..", "fr.portailfamilles.family..",
                    "fr.portailfamilles.registration..", "fr.portailfamilles.reservation..",
                    "fr.portailfamilles.billing..")
            .because("the gateway talks to the services over HTTP only");

    @ArchTest
    static final ArchRule staysReactive = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.servlet..", "org.springframework.web.servlet..", "fr.portailfamilles.platform..")
            .because("the gateway runs on WebFlux; the platform module brings the servlet stack");

    @ArchTest
    static final ArchRule pagesDoNotReachIntoRouting = noClasses()
            .that().resideInAPackage("..gateway.pages..")
            .should().dependOnClassesThat().resideInAnyPackage("..gateway.routing..", "org.springframework.cloud.gateway..")
            .because("pages will get their data from the services' APIs, not from the gateway's routing internals");

    @ArchTest
    static final ArchRule routingDoesNotKnowPages = noClasses()
            .that().resideInAPackage("..gateway.routing..")
            .should().dependOnClassesThat().resideInAPackage("..gateway.pages..");

    @ArchTest
    static final ArchRule problemsAreTheBottomLayer = noClasses()
            .that().resideInAPackage("..gateway.problem..")
            .should().dependOnClassesThat().resideInAnyPackage("..gateway.routing..", "..gateway.pages..")
            .because("every feature uses the problem documents; they use no feature");
}
