package jp.kizuna.registry.apikey;

import jp.kizuna.platform.contracts.ApiKeys;

/**
 * What a partner's API key lets it do. The gateway turns each scope into the roles of the token it
 * forwards to the services; the services keep checking that the partner acts only for its own
 * organization.
 */
public enum ApiKeyScope {

    /** Create, edit and cancel its organization's events, and manage their sign-ups (role {@code partner}). */
    EVENTS_PUBLISH(ApiKeys.EVENTS_PUBLISH_SCOPE);

    private final String claim;

    ApiKeyScope(String claim) {
        this.claim = claim;
    }

    /** The scope as it appears in the events the gateway reads and in the tokens it signs. */
    public String claim() {
        return claim;
    }
}
