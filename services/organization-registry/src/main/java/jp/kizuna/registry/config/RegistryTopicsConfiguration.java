package jp.kizuna.registry.config;

import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.kafka.TopicDeclarations;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The topics the registry publishes to. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kizuna.kafka.declare", havingValue = "true", matchIfMissing = true)
class RegistryTopicsConfiguration {

    @Bean
    NewTopic organizationTopic(TopicDeclarations topics) {
        return topics.topic(Topics.REGISTRY_ORGANIZATION);
    }

    @Bean
    NewTopic placementTopic(TopicDeclarations topics) {
        return topics.topic(Topics.REGISTRY_PLACEMENT);
    }

    @Bean
    NewTopic apiKeyTopic(TopicDeclarations topics) {
        return topics.compactedTopic(Topics.REGISTRY_API_KEY);
    }

    @Bean
    NewTopic membershipReportTopic(TopicDeclarations topics) {
        return topics.topic(Topics.REGISTRY_MEMBERSHIP_REPORT);
    }
}
