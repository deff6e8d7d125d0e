package jp.kizuna.events.registration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The person who takes part, as they (or the staff member who took the call) gave it. */
public record Registrant(@NotBlank @Size(max = 100) String name,
                         @Size(max = 100) String nameKana,
                         @Pattern(regexp = "[0-9０-９()（）\\-－ ]{0,20}", message = "must be a telephone number such as 0242-39-1111") String phone,
                         @Email @Size(max = 200) String email) {
}
