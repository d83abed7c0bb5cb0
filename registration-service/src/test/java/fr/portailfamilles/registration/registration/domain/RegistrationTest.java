package fr.portailfamilles.registration.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    static final Instant REQUESTED = Instant.parse("2026-11-30T08:00:00Z");
    static final Instant DECIDED = Instant.parse("2026-11-30T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    static Registration aRequest() {
        return Registration.request("reg-1", "fam-a", new ChildSnapshot("child-1", "Léa", "Martin",
                LocalDate.of(2018, 5, 10)), new ActivitySnapshot("aps", "APS", "2026-2027", LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 8, 31)), REQUESTED);
    }

    @Test
    void aRequestIsSentAndHoldsTheChildsPlace() {
        Registration registration = aRequest();
        assertThat(registration.state()).isEqualTo(RegistrationState.ENVOYEE);
        assertThat(registration.holdsPlaceFor("aps", "2026-2027")).isTrue();
        assertThat(registration.holdsPlaceFor("aps", "2027-2028")).isFalse();
        assertThat(registration.requested().requestedAt()).isEqualTo(REQUESTED);
    }

    @Test
    void approvalDuringTheSeasonOpensTheGridFromTheApprovalDay() {
        RegistrationApproved approved = aRequest().approve(DECIDED, TODAY, "Agent", false);
        assertThat(approved.startDate()).isEqualTo(TODAY);
        assertThat(approved.endDate()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(approved.automatic()).isFalse();
    }

    @Test
    void approvalBeforeTheSeasonOpensTheGridFromItsFirstDay() {
        RegistrationApproved approved = aRequest().approve(DECIDED, LocalDate.of(2026, 6, 15), null, true);
        assertThat(approved.startDate()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(approved.automatic()).isTrue();
    }

    @Test
    void aRequestIsDecidedOnlyOnce() {
        Registration registration = aRequest();
        registration.approve(DECIDED, TODAY, "Agent", false);

        assertThatThrownBy(() -> registration.approve(DECIDED, TODAY, "Agent", false))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "demande-deja-traitee")
                .hasMessage("Cette demande a déjà été validée.");
        assertThatThrownBy(() -> registration.refuse("Complet", DECIDED, "Agent"))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "demande-deja-traitee");
        assertThat(registration.state()).isEqualTo(RegistrationState.VALIDEE);
    }

    @Test
    void aRefusalNeedsAReasonAndFreesThePlace() {
        Registration registration = aRequest();
        assertThatThrownBy(() -> registration.refuse("  ", DECIDED, "Agent"))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "motif-obligatoire");
        assertThat(registration.state()).isEqualTo(RegistrationState.ENVOYEE);

        RegistrationRejected rejected = registration.refuse(" Dossier médical à fournir ", DECIDED, "Agent");
        assertThat(rejected.reason()).isEqualTo("Dossier médical à fournir");
        assertThat(registration.holdsPlaceFor("aps", "2026-2027")).isFalse();
    }

    @Test
    void aCancelledRequestCannotBeDecidedNorCancelledAgain() {
        Registration registration = aRequest();
        registration.cancel(DECIDED, "Famille");

        assertThatThrownBy(() -> registration.approve(DECIDED, TODAY, "Agent", false))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "demande-deja-traitee");
        assertThatThrownBy(() -> registration.cancel(DECIDED, "Famille"))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "inscription-deja-close");
    }

    @Test
    void anApprovedRegistrationCanBeEnded() {
        Registration registration = aRequest();
        registration.approve(DECIDED, TODAY, "Agent", false);
        RegistrationCancelled cancelled = registration.cancel(DECIDED.plusSeconds(60), "Famille");
        assertThat(cancelled.cancelledAt()).isEqualTo(DECIDED.plusSeconds(60));
        assertThat(registration.state()).isEqualTo(RegistrationState.ANNULEE);
    }

    @Test
    void aRefusedRequestCannotBeCancelled() {
        Registration registration = aRequest();
        registration.refuse("Complet", DECIDED, "Agent");
        assertThatThrownBy(() -> registration.cancel(DECIDED, "Famille"))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "inscription-deja-close");
    }

    @Test
    void forgettingTheFamilyClosesWhatIsLiveAndKeepsNoName() {
        Registration live = aRequest();
        Optional<RegistrationCancelled> cancelled = live.forgetFamily(DECIDED);
        assertThat(cancelled).isPresent();
        assertThat(live.child().firstName()).isNull();
        assertThat(live.child().birthDate()).isNull();

        assertThat(live.forgetFamily(DECIDED)).as("a second erasure changes nothing").isEmpty();
    }
}
