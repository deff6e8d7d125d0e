package jp.kizuna.events.config;

import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.kafka.TopicDeclarations;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The topics the events service publishes to and reads. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kizuna.kafka.declare", havingValue = "true", matchIfMissing = true)
class EventsTopicsConfiguration {

    @Bean
    NewTopic eventTopic(TopicDeclarations topics) {
        return topics.topic(Topics.EVENTS_EVENT);
    }

    @Bean
    NewTopic registrationTopic(TopicDeclarations topics) {
        return topics.topic(Topics.EVENTS_REGISTRATION);
    }

    @Bean
    NewTopic attendanceTopic(TopicDeclarations topics) {
        return topics.topic(Topics.EVENTS_ATTENDANCE);
    }

    /** Read here for the organizer read model; declared by its reader too, whoever starts first. */
    @Bean
    NewTopic registryOrganizationTopic(TopicDeclarations topics) {
        return topics.topic(Topics.REGISTRY_ORGANIZATION);
    }
}
