package fr.portailfamilles.identity.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailfamilles.platform.problem.DomainProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    static final String EMAIL = "claire.martin@example.fr";
    final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void acceptsALongPassphraseWithoutDigitsOrSymbols() {
        assertThatCode(() -> policy.check("trois chats gris sur le toit", EMAIL)).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("éléphant déjà vu", EMAIL)).doesNotThrowAnyException();
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        assertRefused("Ab1!Ab1!Ab1", "mot-de-passe-trop-court", "au moins 12 caractères");
    }

    @Test
    void refusesMoreThanTheAdaptiveHashReads() {
        assertRefused("a".repeat(30) + "b".repeat(35), "mot-de-passe-trop-long", "64 caractères");
        assertRefused("é".repeat(40), "mot-de-passe-trop-long", "64 caractères");
    }

    @Test
    void refusesTheLoginItself() {
        assertRefused("Claire.Martin@example.fr", "mot-de-passe-identifiant", "adresse e-mail");
        assertRefused("Claire.Martin", "mot-de-passe-identifiant", "adresse e-mail");
        assertRefused("xx claire.martin@example.fr", "mot-de-passe-identifiant", "adresse e-mail");
    }

    @ParameterizedTest
    @ValueSource(strings = {"motdepasse2026!", "Azertyuiop123", "123456789012", "Portail Familles", "aaaaaaaaaaaa",
            "abababababab", "Carcans2026!!", "P@ssw0rd12345"})
    void refusesVeryCommonPasswordsAndTheirVariants(String common) {
        assertRefused(common, "mot-de-passe-trop-courant", "trop courant");
    }

    private void assertRefused(String password, String code, String message) {
        assertThatThrownBy(() -> policy.check(password, EMAIL)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> {
                    assertThat(problem.code()).isEqualTo(code);
                    assertThat(problem.getMessage()).contains(message);
                });
    }
}
