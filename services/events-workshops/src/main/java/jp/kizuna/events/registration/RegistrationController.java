package jp.kizuna.events.registration;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import jp.kizuna.events.event.PartnerApiExamples;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.PageResponse;
import jp.kizuna.platform.web.params.PageNumber;
import jp.kizuna.platform.web.params.PageSize;
import jp.kizuna.platform.web.params.SearchText;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-ups for events and series, the person's own list, the organizer's roster, cancellation.
 * Lists come in pages, with the platform's limits ({@link PageNumber}, {@link PageSize}).
 */
@RestController
class RegistrationController {

    /** A series sign-up's outcome per session. */
    record SessionOutcomeView(String eventId, Integer session, String scheduleLabel, RegistrationView registration,
                              String refusal) {
    }

    private final RegistrationService service;

    RegistrationController(RegistrationService service) {
        this.service = service;
    }

    @Operation(summary = "Signs up for an event",
            description = "ONLINE: a signed-in person for themselves. PHONE and PAPER: city staff or the organizer for someone else; "
                    + "a sign-up with the name and phone of an active registration (normalised: width, kana, spaces and hyphens "
                    + "do not count) is 409 with that registration as duplicateOf, unless allowDuplicate is true. "
                    + "201 CONFIRMED or WAITLISTED, in the order of sign-up (ticket).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", examples = {@ExampleObject(name = "online", value = PartnerApiExamples.ONLINE_SIGN_UP), @ExampleObject(name = "phoneByOrganizer", value = PartnerApiExamples.PHONE_SIGN_UP)})))
    @PostMapping("/api/events/{eventId}/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<RegistrationView> register(@PathVariable String eventId,
                                              @Valid @RequestBody RegistrationRequests.SignUp signUp) {
        Registration registration = service.register(eventId, signUp);
        return ResponseEntity.created(URI.create("/api/events/registrations/" + registration.id()))
                .eTag(IfMatch.etag(registration.version())).body(view(registration));
    }

    @Operation(summary = "Lists an event's registrations",
            description = "The organizer and city staff only: one page of the roster in sign-up order (ticket); "
                    + "with status=WAITLISTED the waitlist, each with its waitlistPosition.")
    @GetMapping("/api/events/{eventId}/registrations")
    PageResponse<RegistrationView> roster(@PathVariable String eventId,
                                          @Parameter(description = "only registrations in this status, e.g. WAITLISTED")
                                          @RequestParam(required = false) RegistrationStatus status,
                                          @Parameter(description = "only people whose name contains this (width, kana and spaces folded as in the register's search: ハナコ finds 会津 花子 when she gave her reading)")
                                          @RequestParam(required = false) @SearchText String q,
                                          @RequestParam(defaultValue = "0") @PageNumber int page,
                                          @Parameter(description = "registrations per page") @RequestParam(defaultValue = "50") @PageSize int size) {
        Page<Registration> roster = service.roster(eventId, status, q, page, size);
        Map<String, Integer> positions = service.waitlistPositions(roster.getContent());
        return PageResponse.of(roster.map(r -> RegistrationView.of(r, positions.get(r.id()))));
    }

    @Operation(summary = "Signs up for every open session of a series",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "online", value = PartnerApiExamples.ONLINE_SIGN_UP))))
    @PostMapping("/api/events/series/{seriesId}/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    List<SessionOutcomeView> registerForSeries(@PathVariable String seriesId,
                                               @Valid @RequestBody RegistrationRequests.SignUp signUp) {
        return service.registerForSeries(seriesId, signUp).stream()
                .map(o -> new SessionOutcomeView(o.eventId(), o.session(), o.scheduleLabel(),
                        o.registration() == null ? null : view(o.registration()), o.refusal()))
                .toList();
    }

    @Operation(summary = "Lists the caller's own registrations", description = "One page, newest sign-up first.")
    @GetMapping("/api/events/registrations/mine")
    PageResponse<RegistrationView> mine(@RequestParam(defaultValue = "0") @PageNumber int page,
                                        @Parameter(description = "registrations per page") @RequestParam(defaultValue = "50") @PageSize int size) {
        return PageResponse.of(service.mine(page, size).map(this::view));
    }

    @Operation(summary = "Reads one registration",
            description = "The person and the organizer only; with waitlistPosition and the ETag.")
    @GetMapping("/api/events/registrations/{id}")
    ResponseEntity<RegistrationView> get(@PathVariable String id) {
        Registration registration = service.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(registration.version())).body(view(registration));
    }

    @Operation(summary = "Cancels a registration",
            description = "The person or the organizer; needs If-Match. The first on the waitlist gets the seat.")
    @PostMapping("/api/events/registrations/{id}/cancellation")
    ResponseEntity<RegistrationView> cancel(@PathVariable String id,
                                            @Valid @RequestBody(required = false) RegistrationRequests.Cancellation body,
                                            IfMatch ifMatch) {
        Registration registration = service.cancel(id, ifMatch, body == null ? null : body.reason());
        return ResponseEntity.ok().eTag(IfMatch.etag(registration.version())).body(view(registration));
    }

    private RegistrationView view(Registration registration) {
        return RegistrationView.of(registration, service.waitlistPosition(registration));
    }
}
