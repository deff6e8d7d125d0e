package jp.kizuna.platform.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/**
 * Creates the indexes every mapped document of the service declares ({@code @Indexed},
 * {@code @CompoundIndex}, TTL through {@code expireAfter}) once at start-up, first of the start-up
 * runners: after the one-off migrations that run as the context is built (an index may need the keys
 * they write) and before any seed loader, and before the service reports ready. Automatic index
 * creation by the mapping layer stays off, as Spring Data recommends; creating an existing index again
 * changes nothing. A declared index that cannot be created (duplicate keys for a new unique index)
 * stops the start: the service would otherwise run without the guarantee it declares.
 */
public class DeclaredIndexes implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DeclaredIndexes.class);

    private final MongoTemplate mongo;
    private final MongoMappingContext mapping;

    public DeclaredIndexes(MongoTemplate mongo, MongoMappingContext mapping) {
        this.mongo = mongo;
        this.mapping = mapping;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void run(ApplicationArguments args) {
        declared().forEach((type, indexes) -> {
            IndexOperations operations = mongo.indexOps(type);
            indexes.forEach(operations::createIndex);
            log.info("Indexes of {}: {} declared, created where missing", mongo.getCollectionName(type), indexes.size());
        });
    }

    /** The indexes each mapped document ({@code @Document}) declares, by document type; types without any left out. */
    public Map<Class<?>, List<IndexDefinition>> declared() {
        MongoPersistentEntityIndexResolver resolver = new MongoPersistentEntityIndexResolver(mapping);
        Map<Class<?>, List<IndexDefinition>> declared = new LinkedHashMap<>();
        mapping.getPersistentEntities().stream()
                .filter(entity -> entity.isAnnotationPresent(Document.class))
                .sorted(Comparator.comparing(MongoPersistentEntity::getCollection))
                .forEach(entity -> {
                    List<IndexDefinition> indexes = new ArrayList<>();
                    resolver.resolveIndexFor(entity.getTypeInformation()).forEach(indexes::add);
                    if (!indexes.isEmpty()) {
                        declared.put(entity.getType(), List.copyOf(indexes));
                    }
                });
        return declared;
    }
}
