package fr.portailfamilles.identity.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTest {

    static final Instant NOW = Instant.parse("2026-09-01T08:30:00Z");

    @Test
    void aParentsAccountOpensWaitingForAPasswordWithItsLinkMail() {
        Account account = parentWithLink("hash-1");

        assertThat(account.email()).isEqualTo("claire.martin@example.fr");
        assertThat(account.state()).isEqualTo(AccountState.PENDING_PASSWORD);
        assertThat(account.canLogIn()).isFalse();
        assertThat(account.pendingMails()).singleElement().satisfies(mail -> {
            assertThat(mail.kind()).isEqualTo(MailKind.ACCOUNT_OPENED);
            assertThat(mail.tokenId()).isEqualTo("token-id");
            assertThat(mail.to()).isEqualTo("claire.martin@example.fr");
        });
    }

    @Test
    void theFirstPasswordOpensTheAccountAtOnceAndOnlyOnce() {
        Account account = parentWithLink("hash-1");

        assertThat(account.setPasswordWithLink("hash-1", "{bcrypt}x", NOW.plusSeconds(60)))
                .contains(new AccountOpened("acc-1", "fam-martin", "claire.martin@example.fr", NOW.plusSeconds(60)));
        assertThat(account.canLogIn()).isTrue();
        assertThatThrownBy(() -> account.setPasswordWithLink("hash-1", "{bcrypt}y", NOW.plusSeconds(120)))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.code()).isEqualTo("lien-invalide"));

        account.issuePasswordLink("token-2", new PasswordToken("hash-2", NOW, NOW.plus(Duration.ofHours(72))), NOW);
        assertThat(account.setPasswordWithLink("hash-2", "{bcrypt}z", NOW.plusSeconds(180))).isEmpty();
    }

    @Test
    void refusesALinkPastItsExpiry() {
        Account account = parentWithLink("hash-1");

        assertThat(account.acceptsLink("hash-1", NOW.plus(Duration.ofHours(72)))).isFalse();
        assertThat(account.acceptsLink("hash-1", NOW.plus(Duration.ofHours(71)))).isTrue();
        assertThat(account.acceptsLink("another", NOW)).isFalse();
    }

    @Test
    void lockingRefusesLoginsAndLinksUntilUnlocked() {
        Account account = parentWithLink("hash-1");
        account.setPasswordWithLink("hash-1", "{bcrypt}x", NOW);

        account.lock(NOW);

        assertThat(account.canLogIn()).isFalse();
        assertThatThrownBy(() -> account.issuePasswordLink("t", new PasswordToken("h", NOW, NOW.plusSeconds(9)), NOW))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.code()).isEqualTo("compte-verrouille"));
        account.unlock();
        assertThat(account.state()).isEqualTo(AccountState.ACTIVE);
    }

    @Test
    void changingTheEmailTellsTheFormerAndTheNewAddress() {
        Account account = parentWithLink("hash-1");

        EmailChanged changed = account.changeEmail(" Claire.Dupont@Example.FR ", NOW);

        assertThat(changed).isEqualTo(new EmailChanged("acc-1", "fam-martin", "claire.martin@example.fr",
                "claire.dupont@example.fr", NOW));
        assertThat(account.email()).isEqualTo("claire.dupont@example.fr");
        assertThat(account.pendingMails()).extracting(PendingMail::kind, PendingMail::to).contains(
                tuple(MailKind.EMAIL_CHANGED_OLD_ADDRESS, "claire.martin@example.fr"),
                tuple(MailKind.EMAIL_CHANGED_NEW_ADDRESS, "claire.dupont@example.fr"));
        assertThatThrownBy(() -> account.changeEmail("claire.dupont@example.fr", NOW))
                .isInstanceOfSatisfying(DomainProblem.class,
                        p -> assertThat(p.code()).isEqualTo("adresse-email-inchangee"));
    }

    private static Account parentWithLink(String hash) {
        Account account = Account.forParent("acc-1", "fam-martin", "Claire.Martin@example.fr", "Claire Martin", NOW);
        account.issuePasswordLink("token-id", new PasswordToken(hash, NOW, NOW.plus(Duration.ofHours(72))), NOW);
        return account;
    }
}
