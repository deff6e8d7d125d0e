package jp.kizuna.registry.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** How to reach an organization (or the city office that supports it). */
public record Contact(
        @Size(max = 200) String name,
        @Pattern(regexp = "[0-9０-９\\-‐－()（） ]{6,20}", message = "must be a phone number such as 0242-39-1202") String phone,
        @Pattern(regexp = "[0-9０-９\\-‐－()（） ]{6,20}", message = "must be a fax number such as 0242-39-1403") String fax,
        @Email @Size(max = 200) String email,
        @Size(max = 300) String address) {
}
