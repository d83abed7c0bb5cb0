package fr.portailfamilles.identity.oauth;

import fr.portailfamilles.identity.account.domain.Account;
import fr.portailfamilles.identity.account.domain.Accounts;
import fr.portailfamilles.identity.account.domain.Role;
import fr.portailfamilles.platform.security.PortailRoles;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts what the services need into access and ID tokens, read from the account at the time the
 * token is made (so a refresh sees a new e-mail, and a locked account gets no more tokens):
 * {@code email}, {@code name}, {@code roles} and, for parents, {@code family_id}. The {@code sub}
 * is already the account id, the name of the authenticated principal.
 */
public class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final Accounts accounts;

    public TokenClaims(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        Account account = accounts.findById(context.getPrincipal().getName())
                .filter(Account::canLogIn)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                        "Ce compte ne peut plus se connecter.", null)));
        context.getClaims().subject(account.id())
                .claim(PortailRoles.EMAIL_CLAIM, account.email())
                .claim(PortailRoles.NAME_CLAIM, account.displayName())
                .claim(PortailRoles.ROLES_CLAIM, rolesOf(account));
        if (account.familyId() != null) {
            context.getClaims().claim(PortailRoles.FAMILY_CLAIM, account.familyId());
        }
    }

    /** An ArrayList: the claims are kept in the stored authorization, whose JSON admits only known types. */
    private static List<String> rolesOf(Account account) {
        return account.roles().stream().map(Role::name).sorted().collect(Collectors.toCollection(ArrayList::new));
    }
}
