package jp.kizuna.subsidy.config;

import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.kafka.TopicDeclarations;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The topics the subsidy & budget service publishes to and reads. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kizuna.kafka.declare", havingValue = "true", matchIfMissing = true)
class SubsidyTopicsConfiguration {

    @Bean
    NewTopic projectBudgetTopic(TopicDeclarations topics) {
        return topics.topic(Topics.SUBSIDY_PROJECT_BUDGET);
    }

    @Bean
    NewTopic applicationTopic(TopicDeclarations topics) {
        return topics.topic(Topics.SUBSIDY_APPLICATION);
    }

    /** Read here for the organization read model; declared by its reader too, whoever starts first. */
    @Bean
    NewTopic registryOrganizationTopic(TopicDeclarations topics) {
        return topics.topic(Topics.REGISTRY_ORGANIZATION);
    }
}
