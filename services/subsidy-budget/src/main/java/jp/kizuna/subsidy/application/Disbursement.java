package jp.kizuna.subsidy.application;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.kizuna.platform.security.Actor;

/**
 * A payment of an approved subsidy, in yen.
 *
 * @param by     the subject of who recorded it
 * @param byName whom people see: the display name, or {@code by} (also for payments kept before display names were)
 */
public record Disbursement(long amount, LocalDate paidOn,
                           @Schema(description = "Subject of who recorded the payment")
                           String by,
                           @Schema(description = "Who recorded the payment as people read it: the display name, or `by`. Never an e-mail address.", example = "鈴木 誠（地域づくり課）")
                           String byName,
                           Instant at) {

    public Disbursement {
        byName = Actor.nameOr(byName, by);
    }

    static Disbursement of(long amount, LocalDate paidOn, Actor by, Instant at) {
        return new Disbursement(amount, paidOn, by.subject(), by.name(), at);
    }
}
