package jp.kizuna.localauth.oidc;

import java.util.List;
import java.util.Optional;

import jp.kizuna.localauth.LocalAuthProperties;
import jp.kizuna.localauth.account.Account;
import jp.kizuna.localauth.account.AccountService;
import jp.kizuna.platform.contracts.Roles;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationGrantAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * The claims of Kizuna's tokens. Access tokens keep one contract for every caller: {@code aud} =
 * {@code kizuna-api}, {@code roles}, and {@code org_id} for an org-admin or partner. A person's tokens carry
 * their account id as {@code sub} and their display name as {@code name} (what history and check-in lists
 * show; never the e-mail). The account is read afresh at every issue, refreshes included, so a disabled
 * account or a changed role takes effect at the next token.
 */
@Component
class KizunaTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    /** The token parameter with which a machine org-admin or partner token names its organization. */
    static final String ORGANIZATION_PARAMETER = "organization_id";

    private final LocalAuthProperties properties;
    private final AccountService accounts;

    KizunaTokenClaims(LocalAuthProperties properties, AccountService accounts) {
        this.properties = properties;
        this.accounts = accounts;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        Optional<MachineClients> machine = MachineClients.byClientId(context.getRegisteredClient().getClientId());
        if (machine.isPresent()) {
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                machineClaims(context, machine.get());
            }
            return;
        }
        Account account = accounts.find(context.getPrincipal().getName())
                .filter(Account::isActive)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                        "The account is disabled or no longer exists.", null)));
        if (account.passwordChangeRequired()) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                    "The account's temporary password must be changed first.", null));
        }
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            context.getClaims().audience(List.of(properties.audience()));
            personClaims(context, account);
        } else if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            personClaims(context, account);
            if (context.getAuthorizedScopes().contains(OidcScopes.EMAIL)) {
                context.getClaims().claim("email", account.email()).claim("email_verified", false);
            }
        }
    }

    private static void personClaims(JwtEncodingContext context, Account account) {
        context.getClaims()
                .claim(Roles.ROLES_CLAIM, List.of(account.role().claim()))
                .claim(Roles.NAME_CLAIM, account.displayName());
        account.kanaName().ifPresent(kana -> context.getClaims().claim("name_kana", kana));
        account.organizationId().ifPresent(organization -> context.getClaims().claim(Roles.ORGANIZATION_CLAIM, organization));
    }

    private void machineClaims(JwtEncodingContext context, MachineClients client) {
        context.getClaims().audience(List.of(properties.audience()))
                .claim(Roles.ROLES_CLAIM, List.of(client.role()));
        if (client.boundToOrganization()) {
            context.getClaims().claim(Roles.ORGANIZATION_CLAIM, requestedOrganization(context));
        }
    }

    private String requestedOrganization(JwtEncodingContext context) {
        if (context.getAuthorizationGrant() instanceof OAuth2AuthorizationGrantAuthenticationToken grant) {
            Object requested = grant.getAdditionalParameters().get(ORGANIZATION_PARAMETER);
            if (requested instanceof String organization && !organization.isBlank()) {
                return organization;
            }
        }
        return properties.defaultOrganization();
    }
}
