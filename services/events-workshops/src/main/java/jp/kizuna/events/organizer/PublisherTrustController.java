package jp.kizuna.events.organizer;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The city's list of partner organizations trusted to publish events without moderation. */
@RestController
class PublisherTrustController {

    record TrustRequest(@NotNull Boolean trusted, @Size(max = 500) String note) {
    }

    private final PublisherTrust trust;

    PublisherTrustController(PublisherTrust trust) {
        this.trust = trust;
    }

    @Operation(summary = "Lists the city's trust decisions on partner organizations")
    @GetMapping("/api/events/publishers")
    List<PublisherTrust.Decision> listPublishers() {
        return trust.decisions();
    }

    @Operation(summary = "Trusts or distrusts a partner organization",
            description = "City staff only. A trusted partner publishes without moderation.")
    @PutMapping("/api/events/publishers/{organizationId}")
    PublisherTrust.Decision decide(@PathVariable String organizationId, @Valid @RequestBody TrustRequest request) {
        return trust.decide(organizationId, request.trusted(), request.note());
    }
}
