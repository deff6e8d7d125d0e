package jp.kizuna.events.event;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.text.MultiLineText;

/**
 * What an organizer says about an event, as one value: written whole on creation and on every
 * edit. Japanese text is kept as written.
 *
 * @param capacity seats (定員); null when the event has no limit
 * @param fee what taking part costs; null when not stated (say {@code {"basicYen": 0}} for a free event)
 * @param eligibility who may take part, e.g. 「一箕地区にお住まい、または一箕地区で働いている人」
 * @param eligibilityDeclarationRequired whether a sign-up must declare that it meets the eligibility
 * @param districts the districts the event is for (feeds per district); the organizer's when empty
 * @param projectCode the city's business project the event belongs to (e.g. 36-1-7), for the evaluation sheet
 * @param entryPeriod a contest's period for entries
 */
@RegistrationTerms.FitsSchedule
public record EventDetails(@NotBlank @Size(max = 200) String title,
                           @Size(max = 200) String titleEn,
                           @NotNull EventKind kind,
                           @MultiLineText @Size(max = 5000) String description,
                           @NotNull @Valid Venue venue,
                           @NotNull Schedule schedule,
                           @Min(1) @Max(100_000) Integer capacity,
                           @Valid Fee fee,
                           @Valid RegistrationTerms registration,
                           @MultiLineText @Size(max = 500) String eligibility,
                           Boolean eligibilityDeclarationRequired,
                           @Valid Contact contact,
                           @Size(max = 20) List<@NotBlank @Size(max = 40) String> districts,
                           @Pattern(regexp = "\\d{1,2}-\\d{1,2}-\\d{1,2}", message = "must be a project code such as 36-1-7") String projectCode,
                           @Pattern(regexp = "https?://\\S{1,490}", message = "must be an http(s) address") String url,
                           EntryPeriod entryPeriod) {

    public EventDetails {
        title = title == null ? null : title.strip();
        registration = registration == null ? RegistrationTerms.NONE : registration;
        districts = districts == null ? List.of() : List.copyOf(districts);
        eligibilityDeclarationRequired = Boolean.TRUE.equals(eligibilityDeclarationRequired);
        if (entryPeriod != null && kind != EventKind.CONTEST) {
            throw new IllegalArgumentException("only a contest has an entry period");
        }
        if (eligibilityDeclarationRequired && (eligibility == null || eligibility.isBlank())) {
            throw new IllegalArgumentException("a declaration needs the eligibility it declares");
        }
    }

    /** These details, for the organizer's districts when they name none of their own. */
    public EventDetails inDistrictsByDefault(List<String> organizerDistricts) {
        if (!districts.isEmpty() || organizerDistricts.isEmpty()) {
            return this;
        }
        return new EventDetails(title, titleEn, kind, description, venue, schedule, capacity, fee, registration, eligibility,
                eligibilityDeclarationRequired, contact, organizerDistricts, projectCode, url, entryPeriod);
    }
}
