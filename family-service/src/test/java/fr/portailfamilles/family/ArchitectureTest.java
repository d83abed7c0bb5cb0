package fr.portailfamilles.family;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import fr.portailfamilles.platform.test.PortailArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void keepsToItsOwnCodeAndAPureDomain() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.portailfamilles.family");
        PortailArchitecture.rulesFor("family").forEach(rule -> rule.check(classes));
    }
}
