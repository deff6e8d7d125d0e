package jp.kizuna.events.attendance;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import jp.kizuna.events.event.PartnerApiExamples;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.security.CurrentCaller;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.OptionalIfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Attendance of an event. The totals and groups are public; the names of people checked in are
 * shown only to those who manage the event. The counts take an optional {@code If-Match}.
 */
@RestController
class AttendanceController {

    /** An event's attendance; {@code checkIns} null for callers who do not manage the event. */
    record AttendanceView(String eventId, int participants, int checkedIn, int walkIns, int groupCount,
                          int groupParticipants, List<GroupAttendance> groups, ReportedTotals reported,
                          List<CheckIn> checkIns, Instant updatedAt) {
    }

    record CheckInRequest(@NotBlank @Size(max = 200) String registrationId) {
    }

    private final AttendanceService service;

    AttendanceController(AttendanceService service) {
        this.service = service;
    }

    @Operation(summary = "Reads an event's attendance",
            description = "Totals and groups for everyone; names of people checked in for the organizer.")
    @GetMapping("/api/events/{eventId}/attendance")
    ResponseEntity<AttendanceView> get(@PathVariable String eventId) {
        return respond(service.get(eventId));
    }

    @Operation(summary = "Checks a registered person in",
            description = "The organizer or city staff, from the event's start; idempotent.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "atTheDoor", value = PartnerApiExamples.CHECK_IN))))
    @PostMapping("/api/events/{eventId}/attendance/check-ins")
    ResponseEntity<AttendanceView> checkIn(@PathVariable String eventId, @Valid @RequestBody CheckInRequest request) {
        return respond(service.checkIn(eventId, request.registrationId()));
    }

    @Operation(summary = "Undoes a check-in")
    @DeleteMapping("/api/events/{eventId}/attendance/check-ins/{registrationId}")
    ResponseEntity<AttendanceView> undoCheckIn(@PathVariable String eventId, @PathVariable String registrationId) {
        return respond(service.undoCheckIn(eventId, registrationId));
    }

    @Operation(summary = "Records walk-ins and participating groups",
            description = "Replaces the counts; optional If-Match.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "cleanup", value = PartnerApiExamples.COUNTS))))
    @OptionalIfMatch
    @PutMapping("/api/events/{eventId}/attendance/counts")
    ResponseEntity<AttendanceView> count(@PathVariable String eventId,
                                         @Valid @RequestBody AttendanceService.AttendanceCounts counts,
                                         IfMatch ifMatch) {
        return respond(service.count(eventId, ifMatch, counts));
    }

    private static ResponseEntity<AttendanceView> respond(Attendance a) {
        boolean managed = CurrentCaller.current().actsFor(a.organizerId());
        return ResponseEntity.ok().eTag(IfMatch.etag(a.version())).body(new AttendanceView(a.eventId(), a.participants(),
                a.checkIns().size(), a.walkIns(), a.groupCount(), a.groupParticipants(), a.groups(), a.reported(),
                managed ? a.checkIns() : null, a.updatedAt()));
    }
}
