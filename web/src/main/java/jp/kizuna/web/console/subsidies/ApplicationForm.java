package jp.kizuna.web.console.subsidies;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an officer (or staff on an organization's behalf) typed for an application: the programme, the
 * organization (staff only; an officer applies for their own), the purpose, title, the plan (the activity and
 * its budget, as the application's description) and the amount asked, in yen as typed ("300,000" and
 * full-width digits are read too), and for an amendment of a submitted application why it changes.
 */
record ApplicationForm(String programmeId, String organizationId, String purpose, String title, String plan,
                       String requestedAmount, String reason) {

    static final long MAX_YEN = 1_000_000_000_000_000L;

    static ApplicationForm empty(String programmeId) {
        return new ApplicationForm(programmeId, null, null, null, null, null, null);
    }

    static ApplicationForm of(SubsidyViews.Application application) {
        return new ApplicationForm(application.programmeId(), application.organizationId(), application.purpose(),
                application.title(), application.description(), Long.toString(application.requestedAmount()), null);
    }

    /** The amount as a number of yen, or null when what was typed is not a whole positive amount. */
    Long amount() {
        return yen(requestedAmount);
    }

    /** The application's content as the API takes it. */
    Map<String, Object> content() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("purpose", purpose == null || purpose.isBlank() ? null : purpose);
        content.put("title", title == null ? "" : title.strip());
        if (plan != null && !plan.isBlank()) {
            content.put("description", plan.strip());
        }
        content.put("requestedAmount", amount());
        return content;
    }

    /** A whole number of yen from what was typed: digits (any width), commas and a trailing 円 allowed. */
    static Long yen(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[,、\\s]", "").replaceFirst("円$", "");
        if (!digits.matches("\\d{1,16}")) {
            return null;
        }
        long yen = Long.parseLong(digits);
        return yen > 0 && yen <= MAX_YEN ? yen : null;
    }
}
