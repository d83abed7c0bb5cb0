package fr.portailfamilles.platform.security;

import fr.portailfamilles.platform.problem.DomainProblem;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, read from the validated access token.
 *
 * @param accountId the account ({@code sub})
 * @param email     the login
 * @param name      the display name
 * @param roles     {@link PortailRoles#PARENT}, {@link PortailRoles#STAFF}, {@link PortailRoles#ADMIN}
 * @param familyId  the family of a parent; empty for staff
 */
public record CurrentUser(String accountId, String email, String name, Set<String> roles, Optional<String> familyId) {

    public static CurrentUser of(Jwt token) {
        List<String> roles = token.getClaimAsStringList(PortailRoles.ROLES_CLAIM);
        return new CurrentUser(token.getSubject(), token.getClaimAsString(PortailRoles.EMAIL_CLAIM),
                token.getClaimAsString(PortailRoles.NAME_CLAIM), roles == null ? Set.of() : Set.copyOf(roles),
                Optional.ofNullable(token.getClaimAsString(PortailRoles.FAMILY_CLAIM)));
    }

    public boolean isStaff() {
        return roles.contains(PortailRoles.STAFF) || roles.contains(PortailRoles.ADMIN);
    }

    /** Staff see every family; a parent only their own. */
    public boolean maySee(String familyId) {
        return isStaff() || this.familyId.filter(familyId::equals).isPresent();
    }

    /**
     * Refuses, as if it did not exist, a family the caller may not see: a parent guessing another
     * family's id learns nothing, not even that it exists.
     */
    public void requireAccessTo(String familyId) {
        if (!maySee(familyId)) {
            throw DomainProblem.notFound("famille-introuvable", "Cette famille est introuvable.");
        }
    }

    /** The caller's own family, for endpoints that only parents use. */
    public String requireOwnFamily() {
        return familyId.orElseThrow(() -> DomainProblem.forbidden("famille-requise",
                "Cette action est réservée aux responsables d'une famille."));
    }

    public void requireStaff() {
        if (!isStaff()) {
            throw DomainProblem.forbidden("acces-refuse", "Cette action est réservée aux agents du service.");
        }
    }
}
