package jp.kizuna.events.webhook;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface WebhookSubscriptionRepository extends MongoRepository<WebhookSubscription, String> {

    /** The endpoints of an organization that want this type of event. */
    List<WebhookSubscription> findByOrganizationIdAndEventTypes(String organizationId, String eventType);

    Page<WebhookSubscription> findByOrganizationId(String organizationId, Pageable page);

    long countByOrganizationId(String organizationId);
}
