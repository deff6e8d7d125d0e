package jp.kizuna.web.console.subsidies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.PublicApi;
import jp.kizuna.web.api.PublicApi.Versioned;
import jp.kizuna.web.console.subsidies.SubsidyViews.Application;
import jp.kizuna.web.console.subsidies.SubsidyViews.Programme;
import jp.kizuna.web.console.subsidies.SubsidyViews.Screening;
import jp.kizuna.web.events.EventViews.Page;
import jp.kizuna.web.page.NotFoundException;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What officers and city staff do with subsidies, through the public API with their own token: applications
 * (drafted, amended, submitted, withdrawn, screened, decided, paid, reported on, closed), programmes and their
 * screening committees. Every change names the version it was read at (If-Match), so that two people never
 * overwrite each other. Ids are checked before they become part of an API path.
 */
@Component
class SubsidyDesk {

    static final Pattern APPLICATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    static final Pattern PROGRAMME_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}:FY\\d{4}");
    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");
    static final Pattern PROJECT_CODE = Pattern.compile("\\d{1,3}-\\d{1,2}-\\d{1,3}");
    /** The policy field whose budgets the console keeps: 36, 地域づくり. */
    static final int POLICY_FIELD = 36;
    static final Pattern ORGANIZATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private static final ParameterizedTypeReference<Page<Application>> APPLICATIONS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<BudgetViews.Change>> CHANGES = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Programme>> PROGRAMMES = new ParameterizedTypeReference<>() {
    };

    /** Steps of an application that take no more than a version and, for some, a body. */
    static final Set<String> STEPS = Set.of("submission", "withdrawal", "screening", "approval", "rejection",
            "disbursements", "report", "closure");

    private final PublicApi api;

    SubsidyDesk(PublicApi api) {
        this.api = api;
    }

    /** One page of applications; the API narrows an officer's to their own organization's. */
    Page<Application> applications(List<String> statuses, String programmeId, String sort, String order, int page, int size) {
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/api/subsidies/applications/paged")
                .queryParam("sort", sort).queryParam("order", order).queryParam("page", page).queryParam("size", size);
        if (!statuses.isEmpty()) {
            query.queryParam("status", String.join(",", statuses));
        }
        if (programmeId != null) {
            query.queryParam("programmeId", programmeId);
        }
        return api.get(query, APPLICATIONS);
    }

    /** How many applications are in any of these statuses (one item is read, the total counted by the API). */
    long count(List<String> statuses) {
        return applications(statuses, null, "created", "asc", 0, 1).totalItems();
    }

    Versioned<Application> application(String id) {
        return api.getVersioned("/api/subsidies/applications/{id}", Application.class, applicationId(id));
    }

    List<Programme> programmes() {
        return api.get("/api/subsidies/programmes", PROGRAMMES);
    }

    List<Programme> programmes(int fiscalYear) {
        return api.get("/api/subsidies/programmes?fiscalYear={year}", PROGRAMMES, fiscalYear);
    }

    Programme createProgramme(Map<String, Object> terms) {
        return api.post("/api/subsidies/programmes", terms, Programme.class);
    }

    Versioned<Programme> programme(String id) {
        return api.getVersioned("/api/subsidies/programmes/{id}", Programme.class, programmeId(id));
    }

    Versioned<Application> draft(String programmeId, String organizationId, Map<String, Object> content) {
        return api.send("POST", "/api/subsidies/applications", Map.of("programmeId", programmeId,
                "organizationId", organizationId, "content", content), null, Application.class);
    }

    Versioned<Application> amend(String id, String etag, Map<String, Object> content, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("content", content);
        if (reason != null && !reason.isBlank()) {
            body.put("reason", reason.strip());
        }
        return api.send("PUT", "/api/subsidies/applications/{id}", body, etag, Application.class, applicationId(id));
    }

    Versioned<Application> step(String id, String step, String etag, Map<String, Object> body) {
        if (!STEPS.contains(step)) {
            throw new NotFoundException("step " + step);
        }
        return api.send("POST", "/api/subsidies/applications/{id}/" + step, body, etag, Application.class, applicationId(id));
    }

    /** The programme's screening committee, empty while it has not been convened. */
    Optional<Versioned<Screening>> screening(String programmeId) {
        try {
            return Optional.of(api.getVersioned("/api/subsidies/programmes/{id}/screening", Screening.class,
                    programmeId(programmeId)));
        } catch (ApiProblemException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    Versioned<Screening> appoint(String programmeId, String etag, String subject, String name, List<String> connected) {
        return api.send("POST", "/api/subsidies/programmes/{id}/screening/reviewers",
                Map.of("subject", subject, "name", name, "connectedOrganizations", connected), etag, Screening.class,
                programmeId(programmeId));
    }

    Versioned<Screening> score(String programmeId, String applicationId, String etag, Map<String, Integer> scores) {
        return api.send("PUT", "/api/subsidies/programmes/{id}/screening/scores/{application}", Map.of("scores", scores),
                etag, Screening.class, programmeId(programmeId), applicationId(applicationId));
    }

    Versioned<Screening> decide(String programmeId, String etag) {
        return api.send("POST", "/api/subsidies/programmes/{id}/screening/decision", null, etag, Screening.class,
                programmeId(programmeId));
    }

    /** A fiscal year's budget lines of the policy field with their totals. */
    BudgetViews.Year budgets(int fiscalYear) {
        return api.get("/api/subsidies/budgets?policyField={field}&fiscalYear={year}", BudgetViews.Year.class, POLICY_FIELD,
                fiscalYear);
    }

    /** One line with its version, empty while none is recorded for the project and year. */
    Optional<Versioned<BudgetViews.Line>> budgetLine(String projectCode, int fiscalYear) {
        try {
            return Optional.of(api.getVersioned("/api/subsidies/budgets/{code}/{year}", BudgetViews.Line.class,
                    projectCode(projectCode), fiscalYear));
        } catch (ApiProblemException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    List<BudgetViews.Change> budgetHistory(String projectCode, int fiscalYear) {
        return api.get("/api/subsidies/budgets/{code}/{year}/history", CHANGES, projectCode(projectCode), fiscalYear);
    }

    /** Records a line (no version: the first) or corrects it (the version read). */
    Versioned<BudgetViews.Line> recordBudget(String projectCode, int fiscalYear, String etag, Map<String, Object> entry) {
        return api.send("PUT", "/api/subsidies/budgets/{code}/{year}", entry, etag == null || etag.isBlank() ? null : etag,
                BudgetViews.Line.class, projectCode(projectCode), fiscalYear);
    }

    /** A programme's priority queue, empty while no request has been entered. */
    Optional<Versioned<QueueViews.Queue>> queue(String slug) {
        try {
            return Optional.of(api.getVersioned("/api/subsidies/priority-queues/{slug}", QueueViews.Queue.class, slug(slug)));
        } catch (ApiProblemException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** A request into the queue; the first one creates it (no version). */
    Versioned<QueueViews.Queue> enterRequest(String slug, String etag, Map<String, Object> request) {
        return api.send("POST", "/api/subsidies/priority-queues/{slug}/requests", request,
                etag == null || etag.isBlank() ? null : etag, QueueViews.Queue.class, slug(slug));
    }

    QueueViews.Funding fund(String slug, String etag, int fiscalYear) {
        return api.send("POST", "/api/subsidies/priority-queues/{slug}/funding", Map.of("fiscalYear", fiscalYear), etag,
                QueueViews.Funding.class, slug(slug)).value();
    }

    static String slug(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new NotFoundException("queue " + slug);
        }
        return slug;
    }

    static String projectCode(String code) {
        if (code == null || !PROJECT_CODE.matcher(code).matches()) {
            throw new NotFoundException("project " + code);
        }
        return code;
    }

    static String applicationId(String id) {
        if (id == null || !APPLICATION_ID.matcher(id).matches()) {
            throw new NotFoundException("application " + id);
        }
        return id;
    }

    static String programmeId(String id) {
        if (id == null || !PROGRAMME_ID.matcher(id).matches()) {
            throw new NotFoundException("programme " + id);
        }
        return id;
    }
}
