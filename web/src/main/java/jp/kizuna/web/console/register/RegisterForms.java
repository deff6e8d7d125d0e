package jp.kizuna.web.console.register;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kizuna.web.console.register.RegisterViews.Activity;
import jp.kizuna.web.console.register.RegisterViews.Contact;
import jp.kizuna.web.console.register.RegisterViews.HistoricDate;
import jp.kizuna.web.console.register.RegisterViews.Link;
import jp.kizuna.web.console.register.RegisterViews.Officer;
import jp.kizuna.web.console.register.RegisterViews.Organization;
import jp.kizuna.web.console.register.RegisterViews.Profile;

/**
 * The register's forms, each as typed: a refused write shows them again exactly so. Each makes the body of its
 * API operation; the API checks every field (a text where a number belongs is sent as typed and refused by
 * name), an empty optional field is left out. Dates are written as precisely as the documents give them
 * ({@code 2024-05-31}, {@code 2013-07}, {@code 2015}, {@code FY2019}).
 */
final class RegisterForms {

    private RegisterForms() {
    }

    /** {@code POST /api/registry/organizations}. */
    record NewOrganization(String id, String name, String nameKana, String nameEn, String kind, List<String> districts,
                           String foundedOn, String legalForm, String incorporatedOn) {

        NewOrganization {
            districts = districts == null ? List.of() : List.copyOf(districts);
        }

        static NewOrganization empty() {
            return new NewOrganization("", "", "", "", "REGIONAL_MANAGEMENT_ORGANIZATION", List.of(), "", "VOLUNTARY_ASSOCIATION", "");
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            put(body, "id", id);
            put(body, "name", name);
            put(body, "nameKana", nameKana);
            put(body, "nameEn", nameEn);
            put(body, "kind", kind);
            body.put("districts", districts);
            put(body, "foundedOn", foundedOn);
            put(body, "legalForm", legalForm);
            put(body, "incorporatedOn", incorporatedOn);
            return body;
        }
    }

    /**
     * {@code PUT …/name}: a rename (改名, the old name is kept as a former name, from the day given) or a
     * correction of how the name is written.
     */
    record Name(String name, String nameKana, String nameEn, String change, String renamedOn) {

        static Name of(Organization o) {
            return new Name(o.name(), o.nameKana(), text(o.nameEn()), "CORRECTION", "");
        }

        public boolean isRename() {
            return "RENAME".equals(change);
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            put(body, "name", name);
            put(body, "nameKana", nameKana);
            put(body, "nameEn", nameEn);
            if (isRename()) {
                // a rename without its day is refused by the API as a correction would not be: say it is missing
                body.put("renamedOn", blank(renamedOn) ? null : renamedOn.strip());
            }
            return body;
        }
    }

    /** {@code PUT …/registration}: kind, districts, founding, legal form and incorporation. */
    record Registration(String kind, List<String> districts, String foundedOn, String legalForm, String incorporatedOn) {

        Registration {
            districts = districts == null ? List.of() : List.copyOf(districts);
        }

        static Registration of(Organization o) {
            return new Registration(o.kind(), o.districts(), value(o.foundedOn()), o.legalForm(), value(o.incorporatedOn()));
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            put(body, "kind", kind);
            body.put("districts", districts);
            put(body, "foundedOn", foundedOn);
            put(body, "legalForm", legalForm);
            put(body, "incorporatedOn", incorporatedOn);
            return body;
        }
    }

    /**
     * {@code PUT …/profile}: what the organization says about itself. Its officers and milestones are not on this
     * form; the profile is replaced whole, so they go back as the version the form was read at has them.
     */
    record ProfileForm(String description, String constituentBodies, String memberCount, String memberCountAsOf,
                       String secretariat, String contactName, String contactPhone, String contactFax, String contactEmail,
                       String contactAddress) {

        static ProfileForm of(Profile p) {
            Contact c = p.contact() == null ? new Contact(null, null, null, null, null) : p.contact();
            return new ProfileForm(text(p.description()), String.join("\n", p.constituentBodies()),
                    p.memberCount() == null ? "" : p.memberCount().toString(), value(p.memberCountAsOf()), text(p.secretariat()),
                    text(c.name()), text(c.phone()), text(c.fax()), text(c.email()), text(c.address()));
        }

        Map<String, Object> body(Profile kept) {
            Map<String, Object> body = new LinkedHashMap<>();
            put(body, "description", description);
            body.put("constituentBodies", lines(constituentBodies));
            if (!blank(memberCount)) {
                String count = memberCount.strip();
                body.put("memberCount", count.matches("[0-9]{1,9}") ? (Object) Integer.valueOf(count) : count);
            }
            put(body, "memberCountAsOf", memberCountAsOf);
            put(body, "secretariat", secretariat);
            Map<String, Object> contact = new LinkedHashMap<>();
            put(contact, "name", contactName);
            put(contact, "phone", contactPhone);
            put(contact, "fax", contactFax);
            put(contact, "email", contactEmail);
            put(contact, "address", contactAddress);
            if (!contact.isEmpty()) {
                body.put("contact", contact);
            }
            List<Map<String, Object>> officers = new ArrayList<>();
            for (Officer officer : kept.officers()) {
                Map<String, Object> each = new LinkedHashMap<>();
                each.put("position", officer.position());
                each.put("name", officer.name());
                put(each, "termFrom", value(officer.termFrom()));
                put(each, "termTo", value(officer.termTo()));
                officers.add(each);
            }
            body.put("officers", officers);
            List<Map<String, Object>> milestones = new ArrayList<>();
            for (var milestone : kept.milestones()) {
                Map<String, Object> each = new LinkedHashMap<>();
                each.put("on", value(milestone.on()));
                each.put("description", milestone.description());
                milestones.add(each);
            }
            body.put("milestones", milestones);
            return body;
        }
    }

    /** One activity row of {@code PUT …/activities}; a row left empty is no activity. */
    record ActivityRow(String category, String title, String description) {

        static ActivityRow of(Activity a) {
            return new ActivityRow(a.category(), a.title(), text(a.description()));
        }

        static ActivityRow empty() {
            return new ActivityRow("OTHER", "", "");
        }

        boolean isEmpty() {
            return blank(title) && blank(description);
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            put(body, "category", category);
            body.put("title", title == null ? "" : title);
            put(body, "description", description);
            return body;
        }

        /** The rows as the form sent them: one value of each input per row, in the page's order. */
        static List<ActivityRow> rows(List<String> categories, List<String> titles, List<String> descriptions) {
            List<ActivityRow> rows = new ArrayList<>();
            for (int i = 0; i < titles.size(); i++) {
                ActivityRow row = new ActivityRow(at(categories, i), at(titles, i), at(descriptions, i));
                if (!row.isEmpty()) {
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** One link row of {@code PUT …/links}; a row left empty is no link. */
    record LinkRow(String kind, String label, String url) {

        static LinkRow of(Link l) {
            return new LinkRow(l.kind(), l.label(), text(l.url()));
        }

        static LinkRow empty() {
            return new LinkRow("WEBSITE", "", "");
        }

        boolean isEmpty() {
            return blank(label) && blank(url);
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            put(body, "kind", kind);
            body.put("label", label == null ? "" : label);
            put(body, "url", url);
            return body;
        }

        static List<LinkRow> rows(List<String> kinds, List<String> labels, List<String> urls) {
            List<LinkRow> rows = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                LinkRow row = new LinkRow(at(kinds, i), at(labels, i), at(urls, i));
                if (!row.isEmpty()) {
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** {@code POST …/stage-changes}: the step, from when, on what evidence, and a note (needed when moving back). */
    record StageChange(String stage, String effectiveOn, String evidence, String note) {

        static StageChange empty() {
            return new StageChange("", "", "", "");
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("stage", blank(stage) ? null : stage);
            body.put("effectiveOn", blank(effectiveOn) ? null : effectiveOn.strip());
            body.put("evidence", blank(evidence) ? null : evidence);
            put(body, "note", note);
            return body;
        }
    }

    /** {@code POST …/visions}: a vision plan (地域づくりビジョン) with its plan period in fiscal years. */
    record Vision(String title, String adoptedOn, String planFrom, String planTo, String revision, String documentUrl) {

        static Vision empty() {
            return new Vision("", "", "", "", "", "");
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", blank(title) ? null : title);
            body.put("adoptedOn", blank(adoptedOn) ? null : adoptedOn.strip());
            putNumber(body, "planFrom", planFrom);
            putNumber(body, "planTo", planTo);
            putNumber(body, "revision", revision);
            put(body, "documentUrl", documentUrl);
            return body;
        }
    }

    /** {@code POST …/facility-contracts}: a designated-manager contract (指定管理). */
    record FacilityContract(String facility, String startsOn, String endsOn, String cityDepartment) {

        static FacilityContract empty() {
            return new FacilityContract("", "", "", "");
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("facility", blank(facility) ? null : facility);
            body.put("startsOn", blank(startsOn) ? null : startsOn.strip());
            if (!blank(endsOn)) {
                body.put("endsOn", endsOn.strip());
            }
            put(body, "cityDepartment", cityDepartment);
            return body;
        }
    }

    /** {@code POST …/dissolution}: the day and the reason; the record is closed afterwards. */
    record Dissolution(String dissolvedOn, String reason) {

        static Dissolution empty() {
            return new Dissolution("", "");
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("dissolvedOn", blank(dissolvedOn) ? null : dissolvedOn.strip());
            body.put("reason", blank(reason) ? null : reason);
            return body;
        }
    }

    /** {@code POST /api/registry/placements}, hosted by the organization whose page it is started from. */
    record PlacementStart(String programme, String area, String role, String headcount, String startedOn, String plannedEndOn,
                          String note) {

        static PlacementStart empty() {
            return new PlacementStart("REGIONAL_REVITALIZATION_COOPERATOR", "", "", "1", "", "", "");
        }

        Map<String, Object> body(String hostOrganizationId) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("programme", blank(programme) ? null : programme);
            body.put("hostOrganizationId", hostOrganizationId);
            put(body, "area", area);
            body.put("role", blank(role) ? null : role);
            putNumber(body, "headcount", headcount);
            body.put("startedOn", blank(startedOn) ? null : startedOn.strip());
            if (!blank(plannedEndOn)) {
                body.put("plannedEndOn", plannedEndOn.strip());
            }
            put(body, "note", note);
            return body;
        }
    }

    /** {@code POST /api/registry/placements/{id}/end}: when, and what became of the people. */
    record PlacementEnd(String endedOn, String outcome, String note) {

        static PlacementEnd empty() {
            return new PlacementEnd("", "", "");
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            if (!blank(endedOn)) {
                body.put("endedOn", endedOn.strip());
            }
            body.put("outcome", blank(outcome) ? null : outcome);
            put(body, "note", note);
            return body;
        }
    }

    /**
     * {@code POST …/api-keys}: a label, the one scope there is, and the last day it works (to the end of that day in
     * Japan), if it is not to live until revoked.
     */
    record ApiKeyIssue(String label, String expiresOn) {

        static ApiKeyIssue empty() {
            return new ApiKeyIssue("", "");
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("label", blank(label) ? null : label);
            body.put("scopes", List.of("EVENTS_PUBLISH"));
            if (!blank(expiresOn)) {
                String day = expiresOn.strip();
                try {
                    body.put("expiresAt", java.time.LocalDate.parse(day).plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Tokyo"))
                            .minusSeconds(1).toInstant().toString());
                } catch (java.time.format.DateTimeParseException notADay) {
                    // sent as typed: the API refuses it by name
                    body.put("expiresAt", day);
                }
            }
            return body;
        }
    }

    /** A membership report ({@code POST}) or its correction ({@code PUT}, with the reason). */
    record Membership(String fiscalYear, String memberHouseholds, String totalHouseholds, String reason) {

        static Membership forYear(int fiscalYear) {
            return new Membership(Integer.toString(fiscalYear), "", "", "");
        }

        Map<String, Object> reportBody() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("fiscalYear", number(fiscalYear));
            body.put("memberHouseholds", number(memberHouseholds));
            body.put("totalHouseholds", number(totalHouseholds));
            return body;
        }

        Map<String, Object> correctionBody() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("memberHouseholds", number(memberHouseholds));
            body.put("totalHouseholds", number(totalHouseholds));
            body.put("reason", blank(reason) ? null : reason);
            return body;
        }
    }

    /** A whole number as typed; anything else goes as the text it is, for the API to refuse by name. */
    static Object number(String typed) {
        if (blank(typed)) {
            return null;
        }
        String value = typed.strip();
        return value.matches("[0-9]{1,9}") ? (Object) Integer.valueOf(value) : value;
    }

    private static void putNumber(Map<String, Object> body, String name, String typed) {
        if (!blank(typed)) {
            body.put(name, number(typed));
        }
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String at(List<String> values, int index) {
        return values != null && index < values.size() ? values.get(index) : "";
    }

    static String value(HistoricDate date) {
        return date == null || date.value() == null ? "" : date.value();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void put(Map<String, Object> body, String name, String value) {
        if (!blank(value)) {
            body.put(name, value);
        }
    }
}
