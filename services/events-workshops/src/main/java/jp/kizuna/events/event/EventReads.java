package jp.kizuna.events.event;

import java.util.List;
import java.util.Optional;

/**
 * The reads of events that must survive a stored event the service cannot read back (one stored
 * before its days were checked): lists skip it, a read by id answers 409 unreadable-record.
 * Implemented by {@link EventReadsImpl} on {@link jp.kizuna.platform.persistence.TolerantReads};
 * Spring Data puts these methods before the repository's own.
 */
public interface EventReads {

    Optional<CommunityEvent> findById(String id);

    List<CommunityEvent> findBySeriesIdOrderBySessionAsc(String seriesId);

    List<CommunityEvent> findByStatus(EventStatus status);

    List<CommunityEvent> findByStatusAndPendingDetailsNotNull(EventStatus status);
}
