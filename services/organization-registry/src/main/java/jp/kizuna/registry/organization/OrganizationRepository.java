package jp.kizuna.registry.organization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.kizuna.platform.text.JapaneseSearchText;
import org.bson.Document;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Where organizations are kept. */
@Repository
class OrganizationRepository {

    private final MongoTemplate mongo;

    OrganizationRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<Organization> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Organization.class));
    }

    Organization insert(Organization organization) {
        return mongo.insert(organization);
    }

    /** Saves a change; fails with an optimistic-locking error when another change got there first. */
    Organization save(Organization organization) {
        return mongo.save(organization);
    }

    Set<String> dissolvedAmong(Collection<String> ids, Instant dissolvedBefore) {
        // nothing changes a dissolved organization, so its last change is the dissolution
        Query query = Query.query(Criteria.where("_id").in(ids).and("status").is(OrganizationStatus.DISSOLVED.name())
                .and("updatedAt").lt(dissolvedBefore));
        query.fields().include("_id");
        Set<String> dissolved = new HashSet<>();
        for (Document document : mongo.find(query, Document.class, mongo.getCollectionName(Organization.class))) {
            dissolved.add(document.getString("_id"));
        }
        return dissolved;
    }

    boolean exists(String id) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id)), Organization.class);
    }

    /**
     * @param districts the district asked for and the districts it comprises; empty for any
     */
    Page<Organization> find(OrganizationFilter filter, Set<String> districts, Pageable page) {
        List<Criteria> criteria = new ArrayList<>();
        if (filter.kind() != null) {
            criteria.add(Criteria.where("registration.kind").is(filter.kind()));
        }
        if (!districts.isEmpty()) {
            criteria.add(Criteria.where("registration.districts").in(districts));
        }
        if (filter.stage() != null) {
            criteria.add(Criteria.where("currentStage").is(filter.stage()));
        }
        if (filter.status() != null) {
            criteria.add(Criteria.where("status").is(filter.status()));
        }
        if (filter.query() != null) {
            criteria.add(Criteria.where("searchText").regex(JapaneseSearchText.containsPattern(filter.query())));
        }
        Query query = criteria.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(criteria));
        long total = mongo.count(query, Organization.class);
        if (page.getOffset() >= total) {
            // past the end: empty, with the right total
            return new PageImpl<>(List.of(), page, total);
        }
        List<Organization> items = mongo.find(Query.of(query).with(page), Organization.class);
        return new PageImpl<>(items, page, total);
    }
}
