package jp.kizuna.events.event;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * The events. Reads by id, series and status go through {@link EventReads}, which skips (in lists)
 * or reports (by id) a stored event the service cannot read instead of failing.
 */
public interface EventRepository extends MongoRepository<CommunityEvent, String>, EventReads {

    /** A stored event, read by {@link EventReads}: 409 unreadable-record when it cannot be read. */
    @Override
    Optional<CommunityEvent> findById(String id);
}
