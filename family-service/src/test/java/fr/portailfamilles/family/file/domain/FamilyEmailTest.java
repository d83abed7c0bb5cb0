package fr.portailfamilles.family.file.domain;

import static fr.portailfamilles.family.file.domain.TestFamilies.NOW;
import static fr.portailfamilles.family.file.domain.TestFamilies.TODAY;
import static fr.portailfamilles.family.file.domain.TestFamilies.aFamilyWithTwoChildren;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailfamilles.family.file.domain.FamilyEvent.GuardianEmailChanged;
import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.platform.problem.ProblemKind;
import org.junit.jupiter.api.Test;

/** The guardian's e-mail is the family's login: its changes are told, and the file follows the login's changes. */
class FamilyEmailTest {

    static final String CLAIRE = "claire.martin@example.fr";

    @Test
    void aStaffChangeOfTheEmailIsRecordedWithBothAddresses() {
        Family family = aFamilyWithTwoChildren();

        family.changeGuardian("gdn-claire", claireWith("Claire.Dupont@Example.fr"), NOW);

        assertThat(family.takeEvents()).containsExactly(
                new GuardianEmailChanged("fam-test", "gdn-claire", CLAIRE, "claire.dupont@example.fr", NOW));
    }

    @Test
    void aChangeKeepingTheEmailRecordsNoEmailChange() {
        Family family = aFamilyWithTwoChildren();

        family.changeGuardian("gdn-claire", new GuardianDetails("Claire", "Martin", CLAIRE,
                TestFamilies.reachableContact(), "Office de tourisme"), NOW);

        assertThat(family.takeEvents()).isEmpty();
    }

    @Test
    void theEmailOfACompleteFileCannotBeErasedButAnIncompleteOneMay() {
        Family complete = aFamilyWithTwoChildren();
        complete.complete(TODAY, "agent-1", NOW);
        complete.takeEvents();
        Family incomplete = aFamilyWithTwoChildren();

        assertThatThrownBy(() -> complete.changeGuardian("gdn-claire", claireWith(null), NOW))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(ProblemKind.UNPROCESSABLE);
                    assertThat(problem.code()).isEqualTo("email-obligatoire");
                });
        incomplete.changeGuardian("gdn-claire", claireWith(null), NOW);

        assertThat(complete.guardian("gdn-claire").details().email()).isEqualTo(CLAIRE);
        assertThat(complete.takeEvents()).isEmpty();
        assertThat(incomplete.guardian("gdn-claire").details().email()).isNull();
        assertThat(incomplete.takeEvents()).isEmpty();
    }

    @Test
    void theFileFollowsALoginChangeOncePerEvent() {
        Family family = aFamilyWithTwoChildren();

        LoginFollowing first = family.followLoginChange("evt-1", CLAIRE, "claire.dupont@example.fr", NOW);
        family.followLoginChange("evt-2", "claire.dupont@example.fr", CLAIRE, NOW);
        LoginFollowing again = family.followLoginChange("evt-1", CLAIRE, "claire.dupont@example.fr", NOW);

        assertThat(first).isEqualTo(LoginFollowing.CHANGED);
        assertThat(again).isEqualTo(LoginFollowing.ALREADY_DONE);
        assertThat(family.guardian("gdn-claire").details().email()).isEqualTo(CLAIRE);
        assertThat(family.takeEvents()).containsExactly(
                new GuardianEmailChanged("fam-test", "gdn-claire", CLAIRE, "claire.dupont@example.fr", NOW),
                new GuardianEmailChanged("fam-test", "gdn-claire", "claire.dupont@example.fr", CLAIRE, NOW));
    }

    @Test
    void aLoginChangeAlreadyInTheFileOrForAnAddressItDoesNotHaveChangesNothing() {
        Family family = aFamilyWithTwoChildren();

        LoginFollowing echo = family.followLoginChange("evt-1", "ancienne@example.fr", CLAIRE, NOW);
        LoginFollowing unknown = family.followLoginChange("evt-2", "inconnue@example.fr", "autre@example.fr", NOW);

        assertThat(echo).isEqualTo(LoginFollowing.ALREADY_DONE);
        assertThat(unknown).isEqualTo(LoginFollowing.NOT_IN_FILE);
        assertThat(family.guardian("gdn-claire").details().email()).isEqualTo(CLAIRE);
        assertThat(family.takeEvents()).isEmpty();
    }

    @Test
    void anErasedFamilyFollowsNothing() {
        Family family = aFamilyWithTwoChildren();
        family.erase(NOW);
        family.takeEvents();

        assertThat(family.followLoginChange("evt-1", CLAIRE, "claire.dupont@example.fr", NOW))
                .isEqualTo(LoginFollowing.ALREADY_DONE);
        assertThat(family.takeEvents()).isEmpty();
    }

    private static GuardianDetails claireWith(String email) {
        return new GuardianDetails("Claire", "Martin", email, TestFamilies.reachableContact(), null);
    }
}
