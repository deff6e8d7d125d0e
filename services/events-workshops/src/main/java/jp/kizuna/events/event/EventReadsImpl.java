package jp.kizuna.events.event;

import java.util.List;
import java.util.Optional;

import jp.kizuna.platform.persistence.TolerantReads;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

class EventReadsImpl implements EventReads {

    private final TolerantReads reads;

    EventReadsImpl(TolerantReads reads) {
        this.reads = reads;
    }

    @Override
    public Optional<CommunityEvent> findById(String id) {
        return reads.findById(id, CommunityEvent.class, "Event", CommunityEvent::checkReadable);
    }

    @Override
    public List<CommunityEvent> findBySeriesIdOrderBySessionAsc(String seriesId) {
        return reads.find(Query.query(Criteria.where("seriesId").is(seriesId)).with(Sort.by("session")),
                CommunityEvent.class, CommunityEvent::checkReadable);
    }

    @Override
    public List<CommunityEvent> findByStatus(EventStatus status) {
        return reads.find(Query.query(Criteria.where("status").is(status)), CommunityEvent.class,
                CommunityEvent::checkReadable);
    }

    @Override
    public List<CommunityEvent> findByStatusAndPendingDetailsNotNull(EventStatus status) {
        return reads.find(Query.query(Criteria.where("status").is(status).and("pendingDetails").ne(null)),
                CommunityEvent.class, CommunityEvent::checkReadable);
    }
}
