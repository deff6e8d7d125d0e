package jp.kizuna.subsidy.application;

import jp.kizuna.subsidy.programme.Purpose;

/** The state of an application that its events carry; amounts in yen. */
public record ApplicationSnapshot(String id, String programmeId, String projectCode, int fiscalYear, String organizationId,
                                  Purpose purpose, String title, long requestedAmount, ApplicationStatus status,
                                  Long approvedAmount, long disbursedTotal) {
}
