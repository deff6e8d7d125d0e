package jp.kizuna.events.event;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface EventRepository extends MongoRepository<CommunityEvent, String> {

    List<CommunityEvent> findBySeriesIdOrderBySessionAsc(String seriesId);

    List<CommunityEvent> findByStatus(EventStatus status);

    List<CommunityEvent> findByStatusAndPendingDetailsNotNull(EventStatus status);
}
