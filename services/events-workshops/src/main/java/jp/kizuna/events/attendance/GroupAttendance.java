package jp.kizuna.events.attendance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A group that took part in a mass event with its headcount: a registered organization
 * ({@code organizationId}) or a group the register does not hold (a company, a school class).
 */
public record GroupAttendance(@Size(max = 100) String organizationId, @NotBlank @Size(max = 200) String name,
                              @Min(1) @Max(100_000) int headcount) {
}
