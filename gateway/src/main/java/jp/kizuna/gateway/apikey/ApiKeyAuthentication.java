package jp.kizuna.gateway.apikey;

import java.util.List;

import jp.kizuna.platform.contracts.GatewayTokens;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A caller that presented a partner API key: before checking only the key it sent, afterwards the
 * partner key it stands for. Its name, {@code apikey:<key id>}, is what rate limits count by.
 */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final transient String presentedKey;
    private final PartnerKey partnerKey;

    private ApiKeyAuthentication(String presentedKey, PartnerKey partnerKey) {
        super(partnerKey == null ? List.of() : List.of(new SimpleGrantedAuthority("API_KEY")));
        this.presentedKey = presentedKey;
        this.partnerKey = partnerKey;
        setAuthenticated(partnerKey != null);
    }

    static ApiKeyAuthentication presented(String key) {
        return new ApiKeyAuthentication(key, null);
    }

    static ApiKeyAuthentication verified(PartnerKey key) {
        return new ApiKeyAuthentication(null, key);
    }

    public PartnerKey partnerKey() {
        return partnerKey;
    }

    String presentedKey() {
        return presentedKey;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return getName();
    }

    @Override
    public String getName() {
        return GatewayTokens.apiKeySubject(partnerKey == null ? "(unverified)" : partnerKey.keyId());
    }
}
