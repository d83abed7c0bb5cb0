package fr.portailfamilles.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.platform.problem.ProblemKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CurrentUserTest {

    @Test
    void aParentSeesOnlyTheirOwnFamilyAndLearnsNothingOfOthers() {
        CurrentUser parent = CurrentUser.of(token("acc-1", List.of("PARENT"), "fam-martin"));

        assertThatCode(() -> parent.requireAccessTo("fam-martin")).doesNotThrowAnyException();
        assertThatThrownBy(() -> parent.requireAccessTo("fam-durand"))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.kind()).isEqualTo(ProblemKind.NOT_FOUND));
        assertThat(parent.requireOwnFamily()).isEqualTo("fam-martin");
        assertThatThrownBy(parent::requireStaff)
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.kind()).isEqualTo(ProblemKind.FORBIDDEN));
    }

    @Test
    void staffSeeEveryFamilyButHaveNoneOfTheirOwn() {
        CurrentUser agent = CurrentUser.of(token("agent-1", List.of("STAFF"), null));

        assertThat(agent.isStaff()).isTrue();
        assertThatCode(() -> agent.requireAccessTo("fam-durand")).doesNotThrowAnyException();
        assertThatThrownBy(agent::requireOwnFamily).isInstanceOf(DomainProblem.class);
    }

    private static Jwt token(String subject, List<String> roles, String familyId) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject(subject).claim("roles", roles)
                .claim("email", subject + "@example.fr").issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        if (familyId != null) {
            builder.claim("family_id", familyId);
        }
        return builder.build();
    }
}
