package jp.kizuna.web.console.subsidies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A new programme as city staff type it: its slug and name, fiscal year, the project that budgets it, the
 * envelope, the application window, the maximum per application and the cap on approvals (both optional), who
 * may apply for what, and the screening criteria one {@code name: weight} a line. Amounts in yen as typed.
 */
record ProgrammeForm(String slug, String name, String fiscalYear, String projectCode, String envelope, String opensOn,
                     String closesOn, String maxPerApplication, String applicationCap, List<String> kinds,
                     Boolean activeOnly, List<String> purposes, List<String> purposesNeedingVision, String criteria,
                     Boolean priorityQueue, String notes) {

    static final List<String> KINDS = List.of("REGIONAL_MANAGEMENT_ORGANIZATION", "NEIGHBORHOOD_ASSOCIATION",
            "DISTRICT_CHIEFS_COUNCIL", "NPO_PARTNER", "COMMUNITY_GROUP");

    ProgrammeForm {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        purposes = purposes == null ? List.of() : List.copyOf(purposes);
        purposesNeedingVision = purposesNeedingVision == null ? List.of() : List.copyOf(purposesNeedingVision);
    }

    static ProgrammeForm empty(int fiscalYear) {
        return new ProgrammeForm(null, null, Integer.toString(fiscalYear), null, null, fiscalYear + "-04-01",
                (fiscalYear + 1) + "-03-31", null, null, List.of(), true, List.of(), List.of(), null, false, null);
    }

    public boolean active() {
        return Boolean.TRUE.equals(activeOnly);
    }

    public boolean queue() {
        return Boolean.TRUE.equals(priorityQueue);
    }

    /**
     * The programme as the API takes it, or the fields that cannot be read (with the message code for each);
     * the API checks the rest (a window that ends before it opens, a slug taken, and so on).
     */
    Map<String, Object> terms(Map<String, String> problems) {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("slug", slug == null ? "" : slug.strip());
        terms.put("name", name == null ? "" : name.strip());
        terms.put("fiscalYear", whole(fiscalYear, "fiscalYear", problems, true));
        if (projectCode != null && !projectCode.isBlank()) {
            terms.put("projectCode", projectCode.strip());
        }
        Long yen = ApplicationForm.yen(envelope);
        if (yen == null && !"0".equals(envelope == null ? null : envelope.strip())) {
            problems.put("envelope", "console.subsidies.error.amount");
        }
        terms.put("envelope", yen == null ? 0L : yen);
        terms.put("opensOn", day(opensOn, "opensOn", problems));
        terms.put("closesOn", day(closesOn, "closesOn", problems));
        if (maxPerApplication != null && !maxPerApplication.isBlank()) {
            Long max = ApplicationForm.yen(maxPerApplication);
            if (max == null) {
                problems.put("maxPerApplication", "console.subsidies.error.amount");
            }
            terms.put("maxPerApplication", max);
        }
        if (applicationCap != null && !applicationCap.isBlank()) {
            terms.put("applicationCap", whole(applicationCap, "applicationCap", problems, false));
        }
        Map<String, Object> eligibility = new LinkedHashMap<>();
        eligibility.put("kinds", kinds.stream().filter(KINDS::contains).toList());
        eligibility.put("activeOnly", active());
        eligibility.put("purposes", purposes.stream().filter(SubsidyViews.PURPOSES::contains).toList());
        eligibility.put("purposesNeedingVision", purposesNeedingVision.stream().filter(SubsidyViews.PURPOSES::contains).toList());
        terms.put("eligibility", eligibility);
        terms.put("criteria", criteria(problems));
        terms.put("priorityQueue", queue());
        if (notes != null && !notes.isBlank()) {
            terms.put("notes", notes.strip());
        }
        return terms;
    }

    private List<Map<String, Object>> criteria(Map<String, String> problems) {
        List<Map<String, Object>> read = new ArrayList<>();
        if (criteria == null) {
            return read;
        }
        for (String line : criteria.strip().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[:：]", 2);
            Integer weight = parts.length == 2 && parts[1].strip().matches("[1-9]\\d{0,2}") ? Integer.valueOf(parts[1].strip()) : null;
            if (weight == null || parts[0].isBlank()) {
                problems.put("criteria", "console.subsidies.error.criteria");
                return read;
            }
            Map<String, Object> criterion = new LinkedHashMap<>();
            criterion.put("name", parts[0].strip());
            criterion.put("weight", weight);
            read.add(criterion);
        }
        return read;
    }

    private static Integer whole(String typed, String field, Map<String, String> problems, boolean year) {
        String digits = typed == null ? "" : java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC).strip();
        if (!digits.matches(year ? "\\d{4}" : "[1-9]\\d{0,5}")) {
            problems.put(field, year ? "console.subsidies.error.fiscalYear" : "console.subsidies.error.cap");
            return null;
        }
        return Integer.valueOf(digits);
    }

    private static String day(String typed, String field, Map<String, String> problems) {
        try {
            return java.time.LocalDate.parse(typed == null ? "" : typed.strip()).toString();
        } catch (java.time.format.DateTimeParseException e) {
            problems.put(field, "console.subsidies.error.day");
            return null;
        }
    }
}
