package jp.kizuna.platform.contracts;

/** Versioned CloudEvents types, {@code jp.kizuna.<service>.<aggregate>.<past-tense>.v<N>}. */
public final class EventTypes {

    public static final String ORGANIZATION_REGISTERED = "jp.kizuna.registry.organization.registered.v1";

    private EventTypes() {
    }
}
