package fr.portailfamilles.family.file.domain;

import static fr.portailfamilles.family.file.domain.TestFamilies.NOW;
import static fr.portailfamilles.family.file.domain.TestFamilies.TODAY;
import static fr.portailfamilles.family.file.domain.TestFamilies.aFamilyWithTwoChildren;
import static fr.portailfamilles.family.file.domain.TestFamilies.aFamilyWithoutChildren;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailfamilles.family.contact.domain.ContactDetails;
import fr.portailfamilles.family.contact.domain.PostalAddress;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FileCompletenessTest {

    @Test
    void aFileWithAReachableGuardianAndChildrenWithBirthDateAndPickUpIsComplete() {
        CompletenessReport report = FileCompleteness.check(aFamilyWithTwoChildren(), TODAY);

        assertThat(report.isComplete()).isTrue();
        assertThat(report.missing()).isEmpty();
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void aGuardianWithoutEmailAddressOrPhoneIsNotEnough() {
        for (GuardianDetails unreachable : new GuardianDetails[] {
                new GuardianDetails("Claire", "Martin", null, TestFamilies.reachableContact(), null),
                new GuardianDetails("Claire", "Martin", "c@example.fr", new ContactDetails(
                        new PostalAddress("12 rue des Pins", "33121", null), "0612345678", null, null), null),
                new GuardianDetails("Claire", "Martin", "c@example.fr", new ContactDetails(
                        new PostalAddress("12 rue des Pins", "33121", "Carcans"), null, null, null), null)}) {
            Family family = aFamilyWithTwoChildren();
            family.changeGuardian("gdn-claire", unreachable, NOW);

            assertThat(FileCompleteness.check(family, TODAY).missing()).containsExactly(
                    "Au moins un responsable légal doit avoir une adresse e-mail, une adresse postale complète et un "
                            + "numéro de téléphone.");
        }
    }

    @Test
    void theSecondGuardianMayBeTheReachableOne() {
        Family family = aFamilyWithTwoChildren();
        family.changeGuardian("gdn-claire", new GuardianDetails("Claire", "Martin", null, null, null), NOW);
        family.addGuardian("gdn-paul", new GuardianDetails("Paul", "Martin", "paul@example.fr",
                TestFamilies.reachableContact(), null), NOW);

        assertThat(FileCompleteness.check(family, TODAY).isComplete()).isTrue();
        assertThat(family.accountHolder().id()).isEqualTo("gdn-paul");
    }

    @Test
    void aFileNeedsAtLeastOneChild() {
        assertThat(FileCompleteness.check(aFamilyWithoutChildren(), TODAY).missing())
                .containsExactly("Le dossier doit compter au moins un enfant.");
    }

    @Test
    void eachChildNeedsABirthDateAndAnAnswerAboutWhoMayPickThemUp() {
        Family family = aFamilyWithoutChildren();
        family.addChild("chd-jules", new ChildIdentity("Jules", "Petit", null), ChildCare.EMPTY, NOW);

        assertThat(FileCompleteness.check(family, TODAY).missing()).containsExactly(
                "La date de naissance de Jules n'est pas renseignée.",
                "Indiquez les personnes autorisées à venir chercher Jules, ou « aucune ».");
    }

    @Test
    void anExplicitNobodyAnswersWhoMayPickTheChildUp() {
        Family family = aFamilyWithoutChildren();
        family.addChild("chd-jules", new ChildIdentity("Jules", "Petit", LocalDate.of(2020, 11, 5)),
                new ChildCare(null, null, null, PickUp.NOBODY, true), NOW);

        assertThat(FileCompleteness.check(family, TODAY).isComplete()).isTrue();
    }

    @Test
    void aMissingQuotientIsReportedWithoutBlocking() {
        Family family = aFamilyWithoutChildren();
        family.addChild("chd-jules", new ChildIdentity("Jules", "Petit", LocalDate.of(2020, 11, 5)),
                new ChildCare(null, null, null, PickUp.NOBODY, null), NOW);

        CompletenessReport report = FileCompleteness.check(family, TODAY);

        assertThat(report.isComplete()).isTrue();
        assertThat(report.warnings()).containsExactly(
                "L'autorisation de photographier Jules n'est pas renseignée : elle vaut refus.",
                "Quotient familial non renseigné : le tarif le plus élevé s'appliquera.");
    }

    @Test
    void aQuotientProofOlderThanAYearIsReported() {
        Family family = aFamilyWithTwoChildren();
        family.changeQuotient(new FamilyQuotient(780, LocalDate.of(2025, 11, 27)), NOW);

        assertThat(FileCompleteness.check(family, TODAY).warnings())
                .containsExactly("Le justificatif du quotient familial date de plus d'un an.");
    }
}
