package jp.kizuna.subsidy.application;

import java.time.Instant;
import java.util.List;

import jp.kizuna.subsidy.programme.Purpose;

/** An application as the API shows it to the city and to the applicant; amounts in yen. */
public record ApplicationView(String id, String programmeId, int fiscalYear, String organizationId,
                              String organizationName, Purpose purpose, String purposeJapanese, String title,
                              String description, long requestedAmount, ApplicationStatus status, Long approvedAmount,
                              String conditions, String rejectionReason, long disbursedTotal,
                              List<Disbursement> disbursements, PerformanceReport report, List<Transition> transitions,
                              Instant createdAt, long version) {

    static ApplicationView of(SubsidyApplication a) {
        return new ApplicationView(a.id(), a.programmeId(), a.fiscalYear(), a.organizationId(), a.organizationName(),
                a.purpose(), a.purpose().japaneseName(), a.title(), a.description(), a.requestedAmount(), a.status(),
                a.approvedAmount(), a.conditions(), a.rejectionReason(), a.disbursedTotal(), a.disbursements(),
                a.report(), a.transitions(), a.createdAt(), a.version() == null ? 0 : a.version());
    }
}
