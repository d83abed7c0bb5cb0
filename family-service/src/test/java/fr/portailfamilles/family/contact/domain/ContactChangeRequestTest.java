package fr.portailfamilles.family.contact.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailfamilles.family.file.domain.Family;
import fr.portailfamilles.family.file.domain.FamilyEvent.ContactChanged;
import fr.portailfamilles.family.file.domain.TestFamilies;
import fr.portailfamilles.platform.problem.ProblemKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContactChangeRequestTest {

    static final Instant LATER = TestFamilies.NOW.plusSeconds(3600);
    static final ContactDetails NEW_ADDRESS = new ContactDetails(
            new PostalAddress("1 place de l'Église", "33121", "Carcans"), "06 99 88 77 66", null, null);

    @Test
    void aNewRequestIsPending() {
        ContactChangeRequest request = pending();

        assertThat(request.state()).isEqualTo(ContactChangeState.PENDING);
        assertThat(request.isPending()).isTrue();
        assertThat(request.decidedAt()).isNull();
    }

    @Test
    void approvalRecordsWhoAndWhen() {
        ContactChangeRequest request = pending();

        request.approve("agent-1", LATER);

        assertThat(request.state()).isEqualTo(ContactChangeState.APPROVED);
        assertThat(request.decidedBy()).isEqualTo("agent-1");
        assertThat(request.decidedAt()).isEqualTo(LATER);
    }

    @Test
    void refusalNeedsAReasonTheFamilyWillRead() {
        ContactChangeRequest request = pending();

        assertThatThrownBy(() -> request.refuse("  ", "agent-1", LATER))
                .hasFieldOrPropertyWithValue("code", "motif-requis");
        assertThat(request.isPending()).isTrue();
        request.refuse(" Justificatif de domicile manquant ", "agent-1", LATER);
        assertThat(request.state()).isEqualTo(ContactChangeState.REFUSED);
        assertThat(request.refusalReason()).isEqualTo("Justificatif de domicile manquant");
    }

    @Test
    void aDecisionIsTakenOnce() {
        ContactChangeRequest approved = pending();
        approved.approve("agent-1", LATER);
        ContactChangeRequest withdrawn = pending();
        withdrawn.withdraw("parent", LATER);

        assertThatThrownBy(() -> approved.refuse("trop tard", "agent-2", LATER))
                .hasFieldOrPropertyWithValue("kind", ProblemKind.CONFLICT)
                .hasFieldOrPropertyWithValue("code", "demande-deja-traitee")
                .hasMessage("Cette demande de modification a déjà été acceptée.");
        assertThatThrownBy(() -> approved.approve("agent-2", LATER)).hasFieldOrPropertyWithValue("code",
                "demande-deja-traitee");
        assertThatThrownBy(() -> withdrawn.approve("agent-1", LATER))
                .hasMessage("Cette demande de modification a été annulée par la famille.");
        assertThat(approved.decidedBy()).isEqualTo("agent-1");
    }

    @Test
    void approvalThroughTheFamilyAppliesTheNewDetailsAndIsTold() {
        Family family = TestFamilies.aFamilyWithTwoChildren();
        family.requestContactChange("ccr-1", "gdn-claire", NEW_ADDRESS, "parent", TestFamilies.NOW);
        assertThat(family.guardian("gdn-claire").details().contact()).isNotEqualTo(NEW_ADDRESS);
        assertThat(family.takeEvents()).isEmpty();

        family.approveContactChange("ccr-1", "agent-1", LATER);

        assertThat(family.guardian("gdn-claire").details().contact()).isEqualTo(NEW_ADDRESS);
        assertThat(family.guardian("gdn-claire").details().email()).isEqualTo("claire.martin@example.fr");
        assertThat(family.takeEvents()).containsExactly(new ContactChanged("fam-test", "gdn-claire", LATER));
    }

    @Test
    void aRefusalLeavesTheDetailsAsTheyWere() {
        Family family = TestFamilies.aFamilyWithTwoChildren();
        ContactDetails before = family.guardian("gdn-claire").details().contact();
        family.requestContactChange("ccr-1", "gdn-claire", NEW_ADDRESS, "parent", TestFamilies.NOW);

        family.refuseContactChange("ccr-1", "Adresse hors commune", "agent-1", LATER);

        assertThat(family.guardian("gdn-claire").details().contact()).isEqualTo(before);
        assertThat(family.takeEvents()).isEmpty();
    }

    @Test
    void oneRequestAtATimePerGuardianAndOnlyARealChange() {
        Family family = TestFamilies.aFamilyWithTwoChildren();
        ContactDetails current = family.guardian("gdn-claire").details().contact();

        assertThatThrownBy(() -> family.requestContactChange("ccr-0", "gdn-claire", current, "parent",
                TestFamilies.NOW)).hasFieldOrPropertyWithValue("code", "aucune-modification");
        family.requestContactChange("ccr-1", "gdn-claire", NEW_ADDRESS, "parent", TestFamilies.NOW);
        assertThatThrownBy(() -> family.requestContactChange("ccr-2", "gdn-claire", NEW_ADDRESS, "parent",
                TestFamilies.NOW)).hasFieldOrPropertyWithValue("code", "demande-deja-en-attente");
        family.withdrawContactChange("ccr-1", "parent", LATER);
        family.requestContactChange("ccr-3", "gdn-claire", NEW_ADDRESS, "parent", LATER);
        assertThat(family.contactChanges()).extracting(ContactChangeRequest::state)
                .containsExactly(ContactChangeState.WITHDRAWN, ContactChangeState.PENDING);
    }

    private static ContactChangeRequest pending() {
        return ContactChangeRequest.pending("ccr-1", "gdn-claire", NEW_ADDRESS, "parent", TestFamilies.NOW);
    }
}
