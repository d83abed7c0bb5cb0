package fr.portailfamilles.registration.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.registration.catalogue.domain.Activity;
import fr.portailfamilles.registration.catalogue.domain.Catalogue;
import fr.portailfamilles.registration.family.domain.FamilyFile;
import fr.portailfamilles.registration.family.domain.KnownChild;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    final RegistrationRules rules = new RegistrationRules(TODAY);
    final Activity aps = Catalogue.anActivity("aps", Catalogue.aps());
    final KnownChild lea = child(LocalDate.of(2018, 5, 10));
    final FamilyFile complete = FamilyFile.completed("fam-a", "claire@example.fr", "Claire", "Martin", NOW);

    @Test
    void acceptsAChildOfTheRightAgeWithACompleteFile() {
        assertThatCode(() -> rules.check(aps, lea, complete, List.of())).doesNotThrowAnyException();
    }

    @Test
    void refusesAnIncompleteFamilyFile() {
        assertThatThrownBy(() -> rules.check(aps, lea, FamilyFile.unknown("fam-a"), List.of()))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "dossier-incomplet")
                .hasMessageStartingWith("Votre dossier famille doit être complet");
    }

    @Test
    void refusesAChildTooOldAtTheStartOfTheSeason() {
        assertThatThrownBy(() -> rules.check(aps, child(LocalDate.of(2013, 3, 1)), complete, List.of()))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "age-hors-limites")
                .hasMessageContaining("de 3 à 11 ans au 01/09/2026").hasMessageContaining("13 ans");
    }

    @Test
    void refusesAChildWithoutBirthDate() {
        assertThatThrownBy(() -> rules.check(aps, child(null), complete, List.of()))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "date-naissance-inconnue");
    }

    @Test
    void refusesAnActivityWhosePeriodsAreOver() {
        assertThatThrownBy(() -> new RegistrationRules(LocalDate.of(2026, 12, 19)).check(aps, lea, complete,
                List.of())).isInstanceOf(DomainProblem.class)
                .hasFieldOrPropertyWithValue("code", "inscriptions-terminees");
    }

    @Test
    void refusesASecondRequestWhileTheFirstIsPending() {
        Registration pending = request("aps");
        assertThatThrownBy(() -> rules.check(aps, lea, complete, List.of(pending)))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "inscription-en-double")
                .hasMessageContaining("déjà en attente de traitement");
    }

    @Test
    void refusesARequestForAnActivityTheChildIsRegisteredTo() {
        Registration approved = request("aps");
        approved.approve(NOW, TODAY, "Agent", false);
        assertThatThrownBy(() -> rules.check(aps, lea, complete, List.of(approved)))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "inscription-en-double")
                .hasMessageContaining("déjà validée");
    }

    @Test
    void acceptsANewRequestAfterARefusalOrForAnotherActivity() {
        Registration refused = request("aps");
        refused.refuse("Complet", NOW, "Agent");
        Registration other = request("alsh-mercredis");
        assertThat(List.of(refused, other)).noneMatch(r -> r.holdsPlaceFor("aps", "2026-2027"));
        assertThatCode(() -> rules.check(aps, lea, complete, List.of(refused, other))).doesNotThrowAnyException();
    }

    private static KnownChild child(LocalDate birthDate) {
        return new KnownChild("child-1", "fam-a", "Léa", "Martin", birthDate, "École de Carcans", "CE2", NOW);
    }

    private static Registration request(String activityId) {
        return Registration.request("reg-" + activityId, "fam-a", new ChildSnapshot("child-1", "Léa", "Martin",
                LocalDate.of(2018, 5, 10)), new ActivitySnapshot(activityId, activityId, "2026-2027",
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31)), NOW);
    }
}
