package jp.kizuna.events.event;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jp.kizuna.platform.persistence.TolerantReads;
import jp.kizuna.platform.text.JapaneseSearchText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Lists of events by day, district, organizer, kind, series, text and status. */
@Component
class EventQueries {

    private static final String DATE = "details.schedule.date";
    private static final String MONTH = "details.schedule.tentativeMonth";

    private final MongoTemplate mongo;
    private final TolerantReads reads;

    EventQueries(MongoTemplate mongo, TolerantReads reads) {
        this.mongo = mongo;
        this.reads = reads;
    }

    /**
     * One page. A page past the end is empty with the right total (the far pages the parameter
     * limits allow still fit the database's skip); an event the service cannot read is left out.
     */
    Page<CommunityEvent> find(EventFilter filter, Pageable pageable) {
        Query query = Query.query(criteria(filter));
        long total = mongo.count(query, CommunityEvent.class);
        if (pageable.getOffset() >= total) {
            return new PageImpl<>(List.of(), pageable, total);
        }
        // the page's own order (asc or desc) when it has one, else soonest first
        query.with(pageable.getSort().isSorted() ? pageable : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by("sortKey", "_id")));
        return new PageImpl<>(reads.find(query, CommunityEvent.class, CommunityEvent::checkReadable), pageable, total);
    }

    List<CommunityEvent> all(EventFilter filter) {
        return reads.find(Query.query(criteria(filter)).with(Sort.by("sortKey", "_id")), CommunityEvent.class,
                CommunityEvent::checkReadable);
    }

    private static Criteria criteria(EventFilter filter) {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("status").in(filter.statuses()));
        if (filter.from() != null || filter.to() != null) {
            Criteria onDay = Criteria.where(DATE);
            Criteria inMonth = Criteria.where(MONTH);
            if (filter.from() != null) {
                onDay = onDay.gte(filter.from());
                inMonth = inMonth.gte(YearMonth.from(filter.from()).toString());
            }
            if (filter.to() != null) {
                onDay = onDay.lte(filter.to());
                inMonth = inMonth.lte(YearMonth.from(filter.to()).toString());
            }
            all.add(new Criteria().orOperator(onDay, inMonth));
        }
        if (filter.district() != null) {
            all.add(Criteria.where("details.districts").is(filter.district()));
        }
        if (filter.organizerId() != null) {
            all.add(Criteria.where("organizerId").is(filter.organizerId()));
        }
        if (filter.kind() != null) {
            all.add(Criteria.where("details.kind").is(filter.kind()));
        }
        if (filter.seriesId() != null) {
            all.add(Criteria.where("seriesId").is(filter.seriesId()));
        }
        if (filter.query() != null) {
            all.add(Criteria.where("searchText").regex(JapaneseSearchText.containsPattern(filter.query())));
        }
        return new Criteria().andOperator(all);
    }
}
