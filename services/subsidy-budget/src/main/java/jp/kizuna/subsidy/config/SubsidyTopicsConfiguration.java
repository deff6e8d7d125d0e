package jp.kizuna.subsidy.config;

import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.kafka.TopicDeclarations;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The topics the subsidy & budget service publishes to. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kizuna.kafka.declare", havingValue = "true", matchIfMissing = true)
class SubsidyTopicsConfiguration {

    @Bean
    NewTopic projectBudgetTopic(TopicDeclarations topics) {
        return topics.topic(Topics.SUBSIDY_PROJECT_BUDGET);
    }
}
