package jp.kizuna.events.event;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Whom residents ask about the event. */
public record Contact(@Size(max = 200) String name,
                      @Pattern(regexp = "[0-9０-９()（）\\-－ ]{0,20}", message = "must be a telephone number such as 0242-39-1111") String phone,
                      @Email @Size(max = 200) String email) {
}
