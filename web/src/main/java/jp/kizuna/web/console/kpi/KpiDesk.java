package jp.kizuna.web.console.kpi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jp.kizuna.web.api.PublicApi;
import jp.kizuna.web.api.PublicApi.Versioned;
import jp.kizuna.web.console.kpi.KpiViews.Change;
import jp.kizuna.web.console.kpi.KpiViews.Field;
import jp.kizuna.web.console.kpi.KpiViews.Indicator;
import jp.kizuna.web.console.kpi.KpiViews.TextChange;
import jp.kizuna.web.page.NotFoundException;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * What city staff do with the KPIs and the evaluation texts, through the public API with their own token. Every
 * change names the version it was read at (If-Match): an indicator's own, or for the texts of measures and
 * projects the policy field's. Codes are checked before they become part of an API path.
 */
@Component
class KpiDesk {

    private static final ParameterizedTypeReference<List<Indicator>> INDICATORS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Change>> CHANGES = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<TextChange>> TEXT_CHANGES = new ParameterizedTypeReference<>() {
    };

    /** membership-rate, active-community-organizations: lower-case words joined by hyphens. */
    static final Pattern INDICATOR_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    /** {@code <field>-<measure>-<number>}, e.g. 36-2-1. */
    static final Pattern PROJECT_CODE = Pattern.compile("(\\d{1,3})-(\\d{1,2})-(\\d{1,3})");

    private final PublicApi api;

    KpiDesk(PublicApi api) {
        this.api = api;
    }

    List<Indicator> indicators(int field) {
        return api.get("/api/kpi/indicators?policyField={field}", INDICATORS, field);
    }

    Versioned<Indicator> indicator(String code) {
        return api.getVersioned("/api/kpi/indicators/{code}", Indicator.class, indicatorCode(code));
    }

    List<Change> history(String code) {
        return api.get("/api/kpi/indicators/{code}/history", CHANGES, indicatorCode(code));
    }

    Indicator recordActual(String code, int fiscalYear, String etag, BigDecimal value, String comment) {
        return write("PUT", "/api/kpi/indicators/{code}/actuals/{year}", body("value", value, "comment", comment), etag,
                code, fiscalYear);
    }

    Indicator confirmActual(String code, int fiscalYear, String etag) {
        return write("POST", "/api/kpi/indicators/{code}/actuals/{year}/confirmation", null, etag, code, fiscalYear);
    }

    Indicator correctActual(String code, int fiscalYear, String etag, BigDecimal value, String reason) {
        return write("POST", "/api/kpi/indicators/{code}/actuals/{year}/corrections", body("value", value, "reason", reason),
                etag, code, fiscalYear);
    }

    Indicator setTarget(String code, int fiscalYear, String etag, BigDecimal value, String reason) {
        return write("PUT", "/api/kpi/indicators/{code}/targets/{year}", body("value", value, "reason", reason), etag,
                code, fiscalYear);
    }

    Indicator setFinalTarget(String code, String etag, BigDecimal value, String reason) {
        return api.send("PUT", "/api/kpi/indicators/{code}/final-target", body("value", value, "reason", reason), etag,
                Indicator.class, indicatorCode(code)).value();
    }

    Indicator editVerification(String code, String etag, String text) {
        return api.send("PUT", "/api/kpi/indicators/{code}/verification", Map.of("text", text), etag, Indicator.class,
                indicatorCode(code)).value();
    }

    Versioned<Field> field(int field) {
        return api.getVersioned("/api/kpi/policy-fields/{field}", Field.class, field);
    }

    List<TextChange> fieldHistory(int field) {
        return api.get("/api/kpi/policy-fields/{field}/history", TEXT_CHANGES, field);
    }

    /** The texts of a measure; only the parts given are replaced, a blank reason is left out. */
    Field editMeasureTexts(int field, int measure, String etag, Map<String, String> texts) {
        return api.send("PUT", "/api/kpi/policy-fields/{field}/measures/{measure}/texts", withoutBlankReason(texts), etag,
                Field.class, field, measure).value();
    }

    /** Purpose, progress, issues and 次年度方針 of a project, versioned with its policy field. */
    Field editProjectTexts(String code, String etag, Map<String, String> texts) {
        return api.send("PUT", "/api/kpi/projects/{code}/texts", withoutBlankReason(texts), etag, Field.class,
                projectCode(code)).value();
    }

    private static Map<String, String> withoutBlankReason(Map<String, String> texts) {
        Map<String, String> body = new LinkedHashMap<>(texts);
        if (body.getOrDefault("reason", "").isBlank()) {
            body.remove("reason");
        }
        return body;
    }

    /** A year of the project's 成果の推移, as it is to be printed (約150, －). */
    Field recordOutcome(String code, int fiscalYear, String etag, String text, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        body.put("reason", reason);
        return api.send("PUT", "/api/kpi/projects/{code}/outcomes/{year}", body, etag, Field.class, projectCode(code),
                fiscalYear).value();
    }

    /** The policy field a project code names (36 for 36-2-1). */
    static int fieldOf(String projectCode) {
        return Integer.parseInt(projectCode(projectCode).substring(0, projectCode.indexOf('-')));
    }

    static String indicatorCode(String code) {
        if (code == null || !INDICATOR_CODE.matcher(code).matches()) {
            throw new NotFoundException("indicator " + code);
        }
        return code;
    }

    static String projectCode(String code) {
        if (code == null || !PROJECT_CODE.matcher(code).matches()) {
            throw new NotFoundException("project " + code);
        }
        return code;
    }

    private Indicator write(String method, String path, Map<String, Object> body, String etag, String code, int fiscalYear) {
        return api.send(method, path, body, etag, Indicator.class, indicatorCode(code), fiscalYear).value();
    }

    /** A body with a value and its optional text; a blank text is left out rather than sent empty. */
    private static Map<String, Object> body(String valueName, BigDecimal value, String textName, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(valueName, value);
        if (text != null && !text.isBlank()) {
            body.put(textName, text.strip());
        }
        return body;
    }
}
