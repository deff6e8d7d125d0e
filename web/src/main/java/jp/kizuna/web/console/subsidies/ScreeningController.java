package jp.kizuna.web.console.subsidies;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.console.ConsoleRefusals;
import jp.kizuna.web.console.FormRefusal;
import jp.kizuna.web.console.subsidies.SubsidyViews.Application;
import jp.kizuna.web.console.subsidies.SubsidyViews.Criterion;
import jp.kizuna.web.console.subsidies.SubsidyViews.Programme;
import jp.kizuna.web.page.Person;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A programme's screening committee (審査会), convened by the API when a programme's applications compete for
 * its cap or its envelope: city staff appoint reviewers (one connected to an applicant is recused from scoring
 * that application, and the page says why), each reviewer scores with their own sign-in, the ranking follows,
 * and the decision approves in rank order within the envelope and the cap. The committee is city staff's: anyone
 * else is told so in words before the API is asked anything.
 */
@Controller
class ScreeningController {

    /** The programme's applications shown beside the ranking (a programme's year has far fewer). */
    static final int APPLICATIONS = 100;

    private final SubsidyDesk desk;
    private final ConsoleRefusals refusals;
    private final MessageSource messages;

    ScreeningController(SubsidyDesk desk, ConsoleRefusals refusals, MessageSource messages) {
        this.desk = desk;
        this.refusals = refusals;
        this.messages = messages;
    }

    @GetMapping("/console/subsidies/programmes/{id}/screening")
    String screening(@PathVariable String id, Authentication authentication, Model model) {
        Person person = ConsoleRefusals.cityStaff(authentication, FieldProblems.STAFF_ONLY);
        Programme programme = desk.programme(id).value();
        model.addAttribute("programme", programme);
        model.addAttribute("me", person.subject());
        desk.screening(id).ifPresentOrElse(round -> {
            model.addAttribute("screening", round.value());
            model.addAttribute("version", round.etag());
        }, () -> model.addAttribute("screening", null));
        List<Application> applications = desk.applications(List.of(), id, "created", "asc", 0, APPLICATIONS).items();
        model.addAttribute("applications", applications.stream()
                .collect(Collectors.toMap(Application::id, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("decided", applications.stream()
                .filter(a -> "APPROVED".equals(a.status()) || "REJECTED".equals(a.status())).toList());
        if (!model.containsAttribute("fields")) {
            model.addAttribute("fields", Map.of());
        }
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return "console/subsidies/screening";
    }

    /** A reviewer: by their account (subject) and name, or the signed-in staff member themself. */
    @PostMapping("/console/subsidies/programmes/{id}/screening/reviewers")
    String appoint(@PathVariable String id, Authentication authentication, @RequestParam(defaultValue = "") String version,
                   @RequestParam(defaultValue = "false") boolean self, @RequestParam(defaultValue = "") String subject,
                   @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String connected,
                   Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Person person = ConsoleRefusals.cityStaff(authentication, FieldProblems.STAFF_ONLY);
        String who = self ? person.subject() : subject.strip();
        String called = self ? person.name() : name.strip();
        List<String> organizations = Arrays.stream(connected.split("[,、\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
        Map<String, String> fields = new LinkedHashMap<>();
        if (who.isEmpty()) {
            fields.put("subject", text("console.subsidies.error.subject", locale));
        }
        if (called.isEmpty()) {
            fields.put("name", text("console.subsidies.error.name", locale));
        }
        if (organizations.stream().anyMatch(o -> !SubsidyDesk.ORGANIZATION_ID.matcher(o).matches())) {
            fields.put("connected", text("console.subsidies.error.connected", locale));
        }
        Map<String, String> typed = new LinkedHashMap<>();
        if (self) {
            typed.put("reviewer.self", "true");
        }
        typed.put("reviewer.subject", subject);
        typed.put("reviewer.name", name);
        typed.put("reviewer.connected", connected);
        if (!fields.isEmpty()) {
            response.setStatus(400);
            return refused("reviewer", id, authentication, fields, typed, null, model);
        }
        try {
            desk.appoint(id, version, who, called, organizations);
            redirect.addFlashAttribute("done", "appointed");
            return "redirect:/console/subsidies/programmes/" + id + "/screening";
        } catch (ApiProblemException refused) {
            FormRefusal refusal = refusals.refused(refused, FieldProblems::formField, locale, response);
            return refused("reviewer", id, authentication, refusal.fieldErrors(), typed, refusal, model);
        }
    }

    /** The signed-in reviewer's scores for one application, 0–5 for each of the programme's criteria in order. */
    @PostMapping("/console/subsidies/programmes/{id}/screening/scores/{applicationId}")
    String score(@PathVariable String id, @PathVariable String applicationId, Authentication authentication,
                 @RequestParam(defaultValue = "") String version, @RequestParam Map<String, String> given, Model model,
                 Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        ConsoleRefusals.cityStaff(authentication, FieldProblems.STAFF_ONLY);
        List<Criterion> criteria = desk.programme(id).value().criteria();
        Map<String, Integer> scores = new LinkedHashMap<>();
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            String value = given.getOrDefault("c" + i, "").strip();
            typed.put("score." + applicationId + ".c" + i, value);
            if (!value.matches("[0-5]")) {
                fields.put("c" + i, criteria.get(i).name() + ": " + text("console.subsidies.error.score", locale));
            } else {
                scores.put(criteria.get(i).name(), Integer.parseInt(value));
            }
        }
        if (!fields.isEmpty()) {
            response.setStatus(400);
            return refused("score-" + applicationId, id, authentication, fields, typed, null, model);
        }
        try {
            desk.score(id, applicationId, version, scores);
            redirect.addFlashAttribute("done", "scored");
            return "redirect:/console/subsidies/programmes/" + id + "/screening#candidate-" + applicationId;
        } catch (ApiProblemException refused) {
            // the API names a criterion by its name within the scores: the message on top says which
            FormRefusal refusal = refusals.refused(refused, field -> null, locale, response);
            return refused("score-" + applicationId, id, authentication, Map.of(), typed, refusal, model);
        }
    }

    @PostMapping("/console/subsidies/programmes/{id}/screening/decision")
    String decide(@PathVariable String id, Authentication authentication, @RequestParam(defaultValue = "") String version,
                  Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        ConsoleRefusals.cityStaff(authentication, FieldProblems.STAFF_ONLY);
        try {
            desk.decide(id, version);
            redirect.addFlashAttribute("done", "decided");
            return "redirect:/console/subsidies/programmes/" + id + "/screening";
        } catch (ApiProblemException refused) {
            FormRefusal refusal = refusals.refused(refused, field -> null, locale, response);
            return refused("decision", id, authentication, Map.of(), Map.of(), refusal, model);
        }
    }

    /** The committee as it is now, with the refusal in place and what was typed kept. */
    private String refused(String form, String id, Authentication authentication, Map<String, String> fields,
                           Map<String, String> typed, FormRefusal refusal, Model model) {
        if (refusal != null) {
            FieldProblems.show(refusal, model);
        }
        model.addAttribute("failedForm", form);
        model.addAttribute("fields", fields);
        model.addAttribute("typed", typed);
        return screening(id, authentication, model);
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
