package jp.kizuna.localauth.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.kizuna.platform.contracts.Roles;

final class AccountRequests {

    private AccountRequests() {
    }

    @Schema(description = "A city admin opens an account for city staff, a city admin, an organization's officer "
            + "(org-admin) or a partner publisher. Residents register themselves on the sign-in page.")
    record OpenAccount(
            @Schema(example = "会津 一郎", maxLength = 50) String displayName,
            @Schema(example = "あいづ いちろう", maxLength = 100, nullable = true) String kanaName,
            @Schema(example = "ichiro.aizu@city.aizuwakamatsu.example", maxLength = 254) String email,
            @Schema(allowableValues = {Roles.CITY_STAFF, Roles.CITY_ADMIN, Roles.ORG_ADMIN, Roles.PARTNER}) String role,
            @Schema(description = "For org-admin and partner: the organization of the register they act for",
                    example = "ikki", nullable = true) String organizationId) {
    }

    record Reason(@Schema(maxLength = 500, example = "異動のため (transferred)") String reason) {
    }
}
