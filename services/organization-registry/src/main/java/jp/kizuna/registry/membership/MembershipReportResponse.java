package jp.kizuna.registry.membership;

import java.math.BigDecimal;
import java.util.List;

import jp.kizuna.platform.time.FiscalYear;

/** A membership report with its derived rate and every revision. */
public record MembershipReportResponse(
        String id,
        String associationId,
        String associationName,
        String district,
        int fiscalYear,
        String fiscalYearJapanese,
        int memberHouseholds,
        int totalHouseholds,
        BigDecimal ratePercent,
        List<MembershipRevision> revisions,
        long version) {

    static MembershipReportResponse of(MembershipReport r) {
        return new MembershipReportResponse(r.id(), r.associationId(), r.associationName(), r.district(), r.fiscalYear(),
                FiscalYear.of(r.fiscalYear()).japaneseLabel(), r.memberHouseholds(), r.totalHouseholds(),
                r.rate().ratePercent(), r.revisions(), r.version() == null ? 0 : r.version());
    }
}
