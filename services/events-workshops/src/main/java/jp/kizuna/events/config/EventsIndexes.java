package jp.kizuna.events.config;

import java.util.List;

import jp.kizuna.events.event.CommunityEvent;
import jp.kizuna.events.registration.Registration;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes the aggregates declare ({@code @Indexed}, {@code @CompoundIndex}) once at
 * start-up, before the seed is loaded: lists of events by time, rosters and waitlist positions by
 * event, a person's own registrations. Automatic index creation by the mapping layer stays off, as
 * Spring Data recommends; creating an existing index again changes nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EventsIndexes implements ApplicationRunner {

    private static final List<Class<?>> INDEXED = List.of(CommunityEvent.class, Registration.class);

    private final MongoTemplate mongo;
    private final MongoMappingContext mapping;

    EventsIndexes(MongoTemplate mongo, MongoMappingContext mapping) {
        this.mongo = mongo;
        this.mapping = mapping;
    }

    @Override
    public void run(ApplicationArguments args) {
        MongoPersistentEntityIndexResolver resolver = new MongoPersistentEntityIndexResolver(mapping);
        for (Class<?> type : INDEXED) {
            IndexOperations indexes = mongo.indexOps(type);
            resolver.resolveIndexFor(type).forEach(indexes::createIndex);
        }
    }
}
