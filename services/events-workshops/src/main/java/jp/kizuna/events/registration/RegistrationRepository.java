package jp.kizuna.events.registration;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface RegistrationRepository extends MongoRepository<Registration, String> {

    List<Registration> findByEventEventIdOrderByTicketAsc(String eventId);

    List<Registration> findByEventEventIdAndStatusIn(String eventId, Collection<RegistrationStatus> statuses);

    List<Registration> findBySubjectOrderByRequestedAtDesc(String subject);

    List<Registration> findBySettledFalseAndRequestedAtBefore(Instant before);

    List<Registration> findBySettledFalseAndCancelledAtBefore(Instant before);

    List<Registration> findByIdInAndStatus(Collection<String> ids, RegistrationStatus status);

    long countByEventEventIdAndStatusAndTicketLessThan(String eventId, RegistrationStatus status, long ticket);
}
