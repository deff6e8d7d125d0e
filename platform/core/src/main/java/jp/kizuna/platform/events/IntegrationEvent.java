package jp.kizuna.platform.events;

/**
 * A fact one bounded context publishes for the others. Implementations are records named in the
 * past tense ({@code OrganizationRegistered}); their fields are the event's JSON data.
 *
 * <p>The three methods are the routing contract: the topic is the aggregate's stream, the type is
 * versioned ({@code jp.kizuna.registry.organization.registered.v1}) and the aggregate id becomes
 * the Kafka key, so that all events of one aggregate stay in order on one partition.
 *
 * <p>A producer implements them once per stream: a sealed interface per topic (the registry's
 * {@code OrganizationEvent}) answers the three from its defaults, and its records carry only their data.
 */
public interface IntegrationEvent {

    String topic();

    String eventType();

    String aggregateId();
}
