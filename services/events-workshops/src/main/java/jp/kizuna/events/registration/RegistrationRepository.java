package jp.kizuna.events.registration;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Every query here is served by an index {@link Registration} declares. */
interface RegistrationRepository extends MongoRepository<Registration, String> {

    /** A roster page (event_ticket). */
    Page<Registration> findByEventEventId(String eventId, Pageable pageable);

    /** A roster page of one status, e.g. the waitlist (event_status). */
    Page<Registration> findByEventEventIdAndStatus(String eventId, RegistrationStatus status, Pageable pageable);

    /** A roster page of the people whose folded name matches (event_contact; the pattern is anchored at the start). */
    Page<Registration> findByEventEventIdAndContactKeyRegex(String eventId, String contactKeyPattern, Pageable pageable);

    Page<Registration> findByEventEventIdAndStatusAndContactKeyRegex(String eventId, RegistrationStatus status,
                                                                      String contactKeyPattern, Pageable pageable);

    List<Registration> findByEventEventIdAndStatusIn(String eventId, Collection<RegistrationStatus> statuses);

    /** The person's own registrations (subject_requested). */
    Page<Registration> findBySubject(String subject, Pageable pageable);

    /** Who holds a key of the per-event unique index (event_person). */
    Optional<Registration> findByEventEventIdAndPersonKey(String eventId, String personKey);

    /** The earliest active registration of a name and phone (event_contact). */
    Optional<Registration> findFirstByEventEventIdAndContactKeyAndStatusInOrderByTicketAsc(String eventId, String contactKey,
                                                                                         Collection<RegistrationStatus> statuses);

    /** The head of the waitlist among the tickets drawn up to {@code ticket} (event_status). */
    Optional<Registration> findFirstByEventEventIdAndStatusAndTicketLessThanEqualOrderByTicketAsc(String eventId,
                                                                                                RegistrationStatus status,
                                                                                                long ticket);

    List<Registration> findBySettledFalseAndRequestedAtBefore(Instant before);

    long countByEventEventIdAndStatusAndTicketLessThan(String eventId, RegistrationStatus status, long ticket);
}
