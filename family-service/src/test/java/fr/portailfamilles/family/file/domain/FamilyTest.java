package fr.portailfamilles.family.file.domain;

import static fr.portailfamilles.family.file.domain.TestFamilies.NOW;
import static fr.portailfamilles.family.file.domain.TestFamilies.TODAY;
import static fr.portailfamilles.family.file.domain.TestFamilies.aFamilyWithTwoChildren;
import static fr.portailfamilles.family.file.domain.TestFamilies.aFamilyWithoutChildren;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailfamilles.family.contact.domain.ContactDetails;
import fr.portailfamilles.family.contact.domain.PostalAddress;
import fr.portailfamilles.family.file.domain.FamilyEvent.ChildCareFlagsChanged;
import fr.portailfamilles.family.file.domain.FamilyEvent.ChildUpdated;
import fr.portailfamilles.family.file.domain.FamilyEvent.ContactChanged;
import fr.portailfamilles.family.file.domain.FamilyEvent.FamilyErased;
import fr.portailfamilles.family.file.domain.FamilyEvent.FileCompleted;
import fr.portailfamilles.family.file.domain.FamilyEvent.QuotientChanged;
import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.platform.problem.ProblemKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FamilyTest {

    @Test
    void completionRecordsFileCompletedForTheAccountHolder() {
        Family family = aFamilyWithTwoChildren();

        family.complete(TODAY, "agent-1", NOW);

        assertThat(family.state()).isEqualTo(FileState.COMPLETE);
        assertThat(family.takeEvents()).containsExactly(
                new FileCompleted("fam-test", "claire.martin@example.fr", "Claire", "Martin", NOW));
    }

    @Test
    void refusesToCompleteAFileThatMissesSomethingAndRecordsNothing() {
        Family family = aFamilyWithoutChildren();

        assertThatThrownBy(() -> family.complete(TODAY, "agent-1", NOW))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(ProblemKind.UNPROCESSABLE);
                    assertThat(problem.code()).isEqualTo("dossier-incomplet");
                    assertThat(problem.details().get("manquant"))
                            .isEqualTo(List.of("Le dossier doit compter au moins un enfant."));
                });
        assertThat(family.state()).isEqualTo(FileState.INCOMPLETE);
        assertThat(family.takeEvents()).isEmpty();
    }

    @Test
    void refusesToCompleteTwice() {
        Family family = aFamilyWithTwoChildren();
        family.complete(TODAY, "agent-1", NOW);
        family.takeEvents();

        assertThatThrownBy(() -> family.complete(TODAY, "agent-1", NOW))
                .hasFieldOrPropertyWithValue("code", "dossier-deja-complet");
        assertThat(family.takeEvents()).isEmpty();
    }

    @Test
    void aNewChildIsToldToOtherServices() {
        Family family = aFamilyWithoutChildren();

        family.addChild("chd-lea", new ChildIdentity("Léa", "Martin", LocalDate.of(2019, 3, 14)),
                TestFamilies.careWithGrandmother(), NOW);

        List<FamilyEvent> events = family.takeEvents();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(ChildUpdated.class, event -> {
            assertThat(event.childId()).isEqualTo("chd-lea");
            assertThat(event.schoolClass()).isEqualTo("CE1");
        });
        assertThat(events.get(1)).isEqualTo(new ChildCareFlagsChanged("fam-test", "chd-lea",
                new CareFlags(true, true, false), NOW));
    }

    @Test
    void aChangeOfHealthNotesOrPickUpTellsOnlyTheCareFlagsButAChangeOfClassIsTold() {
        Family family = aFamilyWithTwoChildren();
        ChildCare care = family.child("chd-lea").care();

        family.changeChildCare("chd-lea", new ChildCare(care.school(), care.schoolClass(), HealthNotes.NONE,
                PickUp.NOBODY, false), NOW);
        List<FamilyEvent> afterHealth = family.takeEvents();
        family.changeChildCare("chd-lea", new ChildCare(care.school(), "CE2", HealthNotes.NONE, PickUp.NOBODY, false),
                NOW);

        assertThat(afterHealth).containsExactly(new ChildCareFlagsChanged("fam-test", "chd-lea",
                new CareFlags(false, false, false), NOW));
        assertThat(family.takeEvents()).singleElement().isInstanceOfSatisfying(ChildUpdated.class,
                event -> assertThat(event.schoolClass()).isEqualTo("CE2"));
        assertThat(family.child("chd-lea").identity().firstName()).isEqualTo("Léa");
    }

    @Test
    void changingWhatAnAllergyOrAPaiSaysTellsNothingWhileTheFlagsStayTheSame() {
        Family family = aFamilyWithTwoChildren();
        ChildCare care = family.child("chd-lea").care();

        family.changeChildCare("chd-lea", new ChildCare(care.school(), care.schoolClass(),
                new HealthNotes("Pollen, kiwi", true, "Autre protocole", null, "Dr Autre", null), care.pickUp(),
                care.imageConsent()), NOW);

        assertThat(family.takeEvents()).isEmpty();
        family.changeChildCare("chd-lea", new ChildCare(care.school(), care.schoolClass(),
                new HealthNotes("Pollen, kiwi", true, "Autre protocole", "Sans porc", null, null), care.pickUp(),
                care.imageConsent()), NOW);
        assertThat(family.takeEvents()).containsExactly(new ChildCareFlagsChanged("fam-test", "chd-lea",
                new CareFlags(true, true, true), NOW));
    }

    @Test
    void aChildOfAnotherFamilyIsNotFound() {
        Family family = aFamilyWithTwoChildren();

        assertThatThrownBy(() -> family.changeChildCare("chd-elsewhere", ChildCare.EMPTY, NOW))
                .hasFieldOrPropertyWithValue("code", "enfant-introuvable")
                .hasFieldOrPropertyWithValue("kind", ProblemKind.NOT_FOUND);
    }

    @Test
    void refusesABirthDateInTheFuture() {
        ChildIdentity tomorrow = new ChildIdentity("Léa", "Martin", TODAY.plusDays(1));

        assertThatThrownBy(() -> tomorrow.checkedOn(TODAY))
                .hasFieldOrPropertyWithValue("code", "date-naissance-future")
                .hasMessage("La date de naissance de Léa ne peut pas être dans le futur.");
        assertThat(new ChildIdentity("Léa", "Martin", TODAY).checkedOn(TODAY).birthDate()).isEqualTo(TODAY);
    }

    @Test
    void aFileHoldsAtMostTwoGuardians() {
        Family family = aFamilyWithTwoChildren();
        family.addGuardian("gdn-paul", new GuardianDetails("Paul", "Martin", null, null, null), NOW);

        assertThatThrownBy(() -> family.addGuardian("gdn-x", new GuardianDetails("X", "Y", null, null, null), NOW))
                .hasFieldOrPropertyWithValue("code", "deux-responsables-maximum");
        assertThat(family.guardians()).hasSize(2);
    }

    @Test
    void aQuotientIsToldOnlyWhenItChanges() {
        Family family = aFamilyWithTwoChildren();

        family.changeQuotient(new FamilyQuotient(780, LocalDate.of(2026, 9, 1)), NOW);
        assertThat(family.takeEvents()).isEmpty();
        family.changeQuotient(new FamilyQuotient(820, LocalDate.of(2026, 10, 1)), NOW);
        assertThat(family.takeEvents()).singleElement().isInstanceOf(QuotientChanged.class);
    }

    @Test
    void staffChangingAGuardiansContactDetailsIsToldButNotAChangeOfEmployer() {
        Family family = aFamilyWithTwoChildren();
        GuardianDetails claire = family.guardian("gdn-claire").details();

        family.changeGuardian("gdn-claire", new GuardianDetails("Claire", "Martin", claire.email(), claire.contact(),
                "Mairie"), NOW);
        assertThat(family.takeEvents()).isEmpty();
        family.changeGuardian("gdn-claire", claire.withContact(new ContactDetails(
                new PostalAddress("1 place de l'Église", "33121", "Carcans"), "0612345678", null, null)), NOW);
        assertThat(family.takeEvents()).containsExactly(new ContactChanged("fam-test", "gdn-claire", NOW));
    }

    @Test
    void erasureForgetsEverythingPersonalAndRefusesLaterChanges() {
        Family family = aFamilyWithTwoChildren();
        family.complete(TODAY, "agent-1", NOW);
        family.requestContactChange("ccr-1", "gdn-claire", new ContactDetails(
                new PostalAddress("1 place de l'Église", "33121", "Carcans"), "0612345678", null, null), "p", NOW);
        family.takeEvents();

        family.erase(NOW);

        assertThat(family.takeEvents()).containsExactly(new FamilyErased("fam-test", NOW));
        assertThat(family.state()).isEqualTo(FileState.ERASED);
        GuardianDetails guardian = family.guardians().get(0).details();
        assertThat(guardian.email()).isNull();
        assertThat(guardian.contact()).isEqualTo(ContactDetails.NONE);
        assertThat(guardian.lastName()).isEqualTo("Anonyme");
        assertThat(family.children()).allSatisfy(child -> {
            assertThat(child.identity().firstName()).isEqualTo("Anonyme");
            assertThat(child.identity().birthDate()).isNull();
            assertThat(child.care()).isEqualTo(ChildCare.EMPTY);
        });
        assertThat(family.quotient()).isNull();
        assertThat(family.contactChanges()).isEmpty();
        assertThatThrownBy(() -> family.erase(NOW)).hasFieldOrPropertyWithValue("code", "famille-anonymisee");
        assertThatThrownBy(() -> family.changeQuotient(new FamilyQuotient(1, TODAY), NOW))
                .hasFieldOrPropertyWithValue("kind", ProblemKind.CONFLICT);
    }

    @Test
    void healthNotesNeverShowInATextualForm() {
        HealthNotes notes = new HealthNotes("Arachides", true, "Adrénaline", "Sans gluten", "Dr X", null);

        assertThat(notes.toString()).doesNotContain("Arachides", "Adrénaline", "gluten");
        assertThat(new ChildCare(null, null, notes, null, null).toString()).doesNotContain("Arachides");
    }
}
