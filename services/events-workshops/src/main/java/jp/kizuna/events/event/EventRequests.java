package jp.kizuna.events.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.text.MultiLineText;

/** The bodies the event endpoints take. */
public final class EventRequests {

    private EventRequests() {
    }

    /**
     * A new event, as a draft.
     *
     * @param organizerId the registered organization that holds it; omitted when the city holds it
     * @param seriesId the series it is a session of, with its {@code session} number
     */
    public record Draft(@Size(max = 100) String organizerId, @Size(max = 100) String seriesId,
                        @Min(1) @Max(100) Integer session, @NotNull @Valid EventDetails details) {
    }

    public record Edit(@NotNull @Valid EventDetails details) {
    }

    public record Reason(@NotBlank @MultiLineText @Size(max = 1000) String reason) {
    }

    /** A new series; its sessions follow as drafts naming it. */
    public record NewSeries(@Size(max = 100) String organizerId, @NotBlank @Size(max = 200) String title,
                            @Size(max = 200) String titleEn, @MultiLineText @Size(max = 5000) String description) {
    }

    /** A series' new title and description (its organizer stays: its sessions are that organizer's). */
    public record SeriesChange(@NotBlank @Size(max = 200) String title, @Size(max = 200) String titleEn,
                               @MultiLineText @Size(max = 5000) String description) {
    }
}
