package jp.kizuna.web.console.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.platform.contracts.Roles;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.PublicApi.Versioned;
import jp.kizuna.web.console.ConsoleRefusals;
import jp.kizuna.web.console.FormRefusal;
import jp.kizuna.web.console.NotPermittedHere;
import jp.kizuna.web.console.register.RegisterForms.ActivityRow;
import jp.kizuna.web.console.register.RegisterForms.LinkRow;
import jp.kizuna.web.console.register.RegisterForms.Name;
import jp.kizuna.web.console.register.RegisterForms.ProfileForm;
import jp.kizuna.web.console.register.RegisterForms.Registration;
import jp.kizuna.web.console.register.RegisterForms.StageChange;
import jp.kizuna.web.console.register.RegisterViews.Organization;
import jp.kizuna.web.page.NotFoundException;
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
 * The parts of an organization, each on its own form: its name (a rename or a correction), its registration,
 * profile, activities and links, and a change of its development stage (Step 0–4) with its evidence. Each form
 * carries the version it was read at and sends it as If-Match. Refused, the form comes back as typed with the
 * API's reasons by each field; if someone changed the organization meanwhile, the page says so and shows the
 * current values next to what was typed, ready to be sent again against the current version.
 *
 * <p>City staff edit every part; an organization's officers its profile, activities and links only.
 */
@Controller
class OrganizationEditController {

    /** The parts an organization's own officers may edit; the rest is city staff's. */
    static final Set<String> OFFICERS_PARTS = Set.of("profile", "activities", "links");

    private final RegisterDesk desk;
    private final ConsoleRefusals refusals;
    private final MessageSource messages;

    OrganizationEditController(RegisterDesk desk, ConsoleRefusals refusals, MessageSource messages) {
        this.desk = desk;
        this.refusals = refusals;
        this.messages = messages;
    }

    @GetMapping("/console/register/{id}/{part:name|registration|profile|activities|links|stage|vision|facility|dissolution}")
    String edit(@PathVariable String id, @PathVariable String part, Authentication authentication, Model model) {
        mayEdit(authentication, id, part);
        Versioned<Organization> read = desk.organization(id);
        Organization o = read.value();
        model.addAttribute("form", switch (part) {
            case "name" -> Name.of(o);
            case "registration" -> Registration.of(o);
            case "profile" -> ProfileForm.of(o.profile());
            case "activities" -> withEmptyRow(o.activities().stream().map(ActivityRow::of).toList(), ActivityRow.empty());
            case "links" -> withEmptyRow(o.links().stream().map(LinkRow::of).toList(), LinkRow.empty());
            case "stage" -> StageChange.empty();
            case "vision" -> RegisterForms.Vision.empty();
            case "facility" -> RegisterForms.FacilityContract.empty();
            case "dissolution" -> RegisterForms.Dissolution.empty();
            default -> throw new NotFoundException(part);
        });
        return page(part, read, model);
    }

    @PostMapping("/console/register/{id}/name")
    String rename(@PathVariable String id, Name form, @RequestParam(defaultValue = "") String version,
                  Authentication authentication, Model model, Locale locale, HttpServletResponse response,
                  RedirectAttributes redirect) {
        mayEdit(authentication, id, "name");
        if (form.isRename() && RegisterForms.blank(form.renamedOn())) {
            // without its day a rename would be taken for a correction and the old name lost: ask for the day
            response.setStatus(400);
            model.addAttribute("problem", new FormRefusal(messages.getMessage("console.register.renamedOn.required", null, locale),
                    null, Map.of("renamedOn", "must be given for a rename"), false));
            model.addAttribute("form", form);
            return page("name", new Versioned<>(desk.organization(id).value(), version), model);
        }
        return save(id, "name", form, version, () -> desk.change("PUT", id, "name", form.body(), version),
                model, locale, response, redirect);
    }

    @PostMapping("/console/register/{id}/registration")
    String registration(@PathVariable String id, Registration form, @RequestParam(defaultValue = "") String version,
                        Authentication authentication, Model model, Locale locale, HttpServletResponse response,
                        RedirectAttributes redirect) {
        mayEdit(authentication, id, "registration");
        return save(id, "registration", form, version, () -> desk.change("PUT", id, "registration", form.body(), version),
                model, locale, response, redirect);
    }

    @PostMapping("/console/register/{id}/profile")
    String profile(@PathVariable String id, ProfileForm form, @RequestParam(defaultValue = "") String version,
                   Authentication authentication, Model model, Locale locale, HttpServletResponse response,
                   RedirectAttributes redirect) {
        mayEdit(authentication, id, "profile");
        // the officers and milestones this form does not show go back as they are; if the organization changed
        // since the form was read, the API refuses the version and nothing is overwritten
        return save(id, "profile", form, version,
                () -> desk.change("PUT", id, "profile", form.body(desk.organization(id).value().profile()), version),
                model, locale, response, redirect);
    }

    @PostMapping("/console/register/{id}/activities")
    String activities(@PathVariable String id, @RequestParam(name = "category", required = false) List<String> categories,
                      @RequestParam(name = "title", required = false) List<String> titles,
                      @RequestParam(name = "description", required = false) List<String> descriptions,
                      @RequestParam(defaultValue = "") String version, Authentication authentication, Model model,
                      Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        mayEdit(authentication, id, "activities");
        List<ActivityRow> rows = ActivityRow.rows(categories, orEmpty(titles), descriptions);
        Map<String, Object> body = Map.of("activities", rows.stream().map(ActivityRow::body).toList());
        return save(id, "activities", withEmptyRow(rows, ActivityRow.empty()), version,
                () -> desk.change("PUT", id, "activities", body, version), model, locale, response, redirect);
    }

    @PostMapping("/console/register/{id}/links")
    String links(@PathVariable String id, @RequestParam(name = "kind", required = false) List<String> kinds,
                 @RequestParam(name = "label", required = false) List<String> labels,
                 @RequestParam(name = "url", required = false) List<String> urls,
                 @RequestParam(defaultValue = "") String version, Authentication authentication, Model model,
                 Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        mayEdit(authentication, id, "links");
        List<LinkRow> rows = LinkRow.rows(kinds, orEmpty(labels), urls);
        Map<String, Object> body = Map.of("links", rows.stream().map(LinkRow::body).toList());
        return save(id, "links", withEmptyRow(rows, LinkRow.empty()), version,
                () -> desk.change("PUT", id, "links", body, version), model, locale, response, redirect);
    }

    @PostMapping("/console/register/{id}/stage")
    String stage(@PathVariable String id, StageChange form, @RequestParam(defaultValue = "") String version,
                 Authentication authentication, Model model, Locale locale, HttpServletResponse response,
                 RedirectAttributes redirect) {
        mayEdit(authentication, id, "stage");
        return save(id, "stage", form, version, () -> desk.change("POST", id, "stage-changes", form.body(), version),
                model, locale, response, redirect);
    }

    @PostMapping("/console/register/{id}/vision")
    String vision(@PathVariable String id, RegisterForms.Vision form, @RequestParam(defaultValue = "") String version,
                  Authentication authentication, Model model, Locale locale, HttpServletResponse response,
                  RedirectAttributes redirect) {
        mayEdit(authentication, id, "vision");
        return save(id, "vision", form, version, () -> desk.change("POST", id, "visions", form.body(), version),
                model, locale, response, redirect);
    }

    @PostMapping("/console/register/{id}/facility")
    String facility(@PathVariable String id, RegisterForms.FacilityContract form, @RequestParam(defaultValue = "") String version,
                    Authentication authentication, Model model, Locale locale, HttpServletResponse response,
                    RedirectAttributes redirect) {
        mayEdit(authentication, id, "facility");
        return save(id, "facility", form, version, () -> desk.change("POST", id, "facility-contracts", form.body(), version),
                model, locale, response, redirect);
    }

    /**
     * The organization is dissolved: its record is closed to writes and its partner API keys are revoked with it (the
     * answer is the organization with the keys revoked, read here as the organization).
     */
    @PostMapping("/console/register/{id}/dissolution")
    String dissolve(@PathVariable String id, RegisterForms.Dissolution form, @RequestParam(defaultValue = "") String version,
                    Authentication authentication, Model model, Locale locale, HttpServletResponse response,
                    RedirectAttributes redirect) {
        mayEdit(authentication, id, "dissolution");
        return save(id, "dissolution", form, version, () -> desk.change("POST", id, "dissolution", form.body(), version),
                model, locale, response, redirect);
    }

    /**
     * Sends the change; done, back to the organization with a word that it was saved. Refused, the form as typed
     * with the reasons, at the version it was read at; if that version is no longer current (412), with the
     * current values and the current version.
     */
    private String save(String id, String part, Object form, String version, Supplier<Organization> write, Model model,
                        Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            write.get();
            redirect.addFlashAttribute("saved", part);
            return "redirect:/console/register/" + id;
        } catch (ApiProblemException refused) {
            if (refused.isNotFound()) {
                throw refused;
            }
            FormRefusal problem = refusals.refused(refused, locale, response);
            model.addAttribute("problem", problem);
            model.addAttribute("form", form);
            Versioned<Organization> current = desk.organization(id);
            if (problem.conflict()) {
                model.addAttribute("current", current.value());
                return page(part, current, model);
            }
            return page(part, new Versioned<>(current.value(), version), model);
        }
    }

    private String page(String part, Versioned<Organization> organization, Model model) {
        model.addAttribute("part", part);
        model.addAttribute("organization", organization.value());
        model.addAttribute("version", organization.etag());
        if ("registration".equals(part)) {
            model.addAttribute("districts", desk.districts());
        }
        return "console/register/edit";
    }

    static void mayEdit(Authentication authentication, String id, String part) {
        Person person = Person.of(authentication).orElseThrow();
        RegisterDesk.checked(id);
        boolean officerOfIt = person.roles().contains(Roles.ORG_ADMIN) && id.equals(person.organizationId()) && OFFICERS_PARTS.contains(part);
        if (!person.isCityStaff() && !officerOfIt) {
            throw new NotPermittedHere(RegisterController.NOT_PERMITTED);
        }
    }

    private static <T> List<T> withEmptyRow(List<T> rows, T empty) {
        List<T> shown = new ArrayList<>(rows);
        shown.add(empty);
        return shown;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
