package jp.kizuna.registry.organization;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A public link (website, note, Instagram …). The URL may be missing when the city's page names a
 * link without giving its address, as the seeds do.
 */
public record PublicLink(
        @NotNull LinkKind kind,
        @NotBlank @Size(max = 200) String label,
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @Size(max = 2000) String url) {

    public URI uri() {
        return url == null ? null : URI.create(url);
    }
}
