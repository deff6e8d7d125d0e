package jp.kizuna.events.event;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface SeriesRepository extends MongoRepository<EventSeries, String> {

    List<EventSeries> findAllByOrderByCreatedAtAsc();
}
