package jp.kizuna.kpi.config;

import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.kafka.TopicDeclarations;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The topics the KPI service reads, declared here too (creating an existing topic changes nothing),
 * so its listeners find them whichever service starts first.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kizuna.kafka.declare", havingValue = "true", matchIfMissing = true)
class KpiTopicsConfiguration {

    @Bean
    NewTopic registryOrganizationTopic(TopicDeclarations topics) {
        return topics.topic(Topics.REGISTRY_ORGANIZATION);
    }

    @Bean
    NewTopic subsidyProjectBudgetTopic(TopicDeclarations topics) {
        return topics.topic(Topics.SUBSIDY_PROJECT_BUDGET);
    }

    @Bean
    NewTopic subsidyApplicationTopic(TopicDeclarations topics) {
        return topics.topic(Topics.SUBSIDY_APPLICATION);
    }

    @Bean
    NewTopic eventsAttendanceTopic(TopicDeclarations topics) {
        return topics.topic(Topics.EVENTS_ATTENDANCE);
    }

    @Bean
    NewTopic registryMembershipReportTopic(TopicDeclarations topics) {
        return topics.topic(Topics.REGISTRY_MEMBERSHIP_REPORT);
    }
}
