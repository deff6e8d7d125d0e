package jp.kizuna.events.webhook;

import jp.kizuna.platform.events.MalformedEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The webhooks' own wiring, apart from the rest of the service: their settings and the listener
 * container of their own consumer group ({@code <the service's group>-webhooks}, i.e.
 * {@code events-workshops-webhooks}), which reads the topics independently of every other listener.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    static final String LISTENER_FACTORY = "webhookListenerContainerFactory";

    private static final Logger log = LoggerFactory.getLogger(WebhookConfiguration.class);

    /**
     * Unlike the service's other listeners, a record that fails here (MongoDB away) is retried until it
     * succeeds, 0.5 s doubling to 30 s, and never sent to the dead-letter topic: its offset is committed
     * only once its deliveries are recorded. Only a record that can never be read is skipped.
     */
    @Bean(LISTENER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> webhookListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        DefaultErrorHandler handler = new DefaultErrorHandler((record, failure) -> log.error(
                "Skipped record {}-{}@{} for webhooks: it can never be read ({})", record.topic(), record.partition(),
                record.offset(), failure.getMessage()), backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        factory.setCommonErrorHandler(handler);
        return factory;
    }
}
