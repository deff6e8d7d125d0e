package jp.kizuna.web.console.webhooks;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.ApiUnavailableException;
import jp.kizuna.web.api.PublicApi.Versioned;
import jp.kizuna.web.console.ConsoleRefusals;
import jp.kizuna.web.console.FormRefusal;
import jp.kizuna.web.console.NotPermittedHere;
import jp.kizuna.web.console.webhooks.WebhookViews.Subscription;
import jp.kizuna.web.console.webhooks.WebhookViews.WithSecret;
import jp.kizuna.web.page.Person;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organization's webhook endpoints in the console: the list (an officer or partner their organization's, city
 * staff every organization's or one's), registering one, its page with its state and why it is paused, changing it,
 * pausing and resuming it, rotating its secret and removing it (after a confirmation). Every change sends the
 * version it was read at (If-Match); refused, the form comes back as typed with the API's reasons at its fields, and
 * a change someone made meanwhile (412) is shown with the current values, never overwritten.
 *
 * <p>A secret (of a new endpoint, or of a rotation) travels once, in the flash of the redirect to the page that
 * shows it: the session holds it only until that page is rendered, and the page is never cached
 * ({@code Cache-Control: no-store}); reloaded, it no longer shows it.
 */
@Controller
class WebhooksController {

    static final String NOT_PERMITTED = "console.webhooks.notPermitted";
    private static final String SECRET = "webhookSecret";
    private static final String SECRET_URL = "webhookUrl";

    private final WebhookDesk desk;
    private final ConsoleRefusals refusals;

    WebhooksController(WebhookDesk desk, ConsoleRefusals refusals) {
        this.desk = desk;
        this.refusals = refusals;
    }

    /**
     * The person may work on webhook endpoints: city staff, or an organization's officer or partner who acts for an
     * organization. Anyone else is refused before the API is asked anything.
     */
    static Person mayUse(Authentication authentication) {
        Person person = Person.of(authentication).orElseThrow(() -> new NotPermittedHere(NOT_PERMITTED));
        if (!person.isCityStaff() && !(person.isOfficer() && person.organizationId() != null)) {
            throw new NotPermittedHere(NOT_PERMITTED);
        }
        return person;
    }

    @GetMapping("/console/webhooks")
    String list(@RequestParam(defaultValue = "") String organizationId, @RequestParam(defaultValue = "0") int page,
                Authentication authentication, Model model) {
        Person person = mayUse(authentication);
        String chosen = organizationId.strip();
        String scope = person.isCityStaff() ? (WebhookDesk.isId(chosen) ? chosen : null) : person.organizationId();
        model.addAttribute("subscriptions", desk.list(scope, Math.max(page, 0)));
        model.addAttribute("organizationId", person.isCityStaff() && scope != null ? scope : "");
        return "console/webhooks/list";
    }

    @GetMapping("/console/webhooks/new")
    String newEndpoint(Authentication authentication, Model model) {
        Person person = mayUse(authentication);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", person.isCityStaff() ? WebhookForm.empty()
                    : new WebhookForm(person.organizationId(), "", List.of(), ""));
        }
        return "console/webhooks/new";
    }

    @PostMapping("/console/webhooks")
    String register(WebhookForm form, Authentication authentication, Model model, Locale locale, HttpServletResponse response,
                    RedirectAttributes redirect) {
        Person person = mayUse(authentication);
        // an officer's endpoint is their own organization's whatever the form says; the API checks it again
        WebhookForm sent = person.isCityStaff() ? form : new WebhookForm(null, form.url(), form.eventTypes(), form.description());
        try {
            WithSecret made = desk.register(sent.registration());
            redirect.addFlashAttribute(SECRET, made.secret());
            redirect.addFlashAttribute(SECRET_URL, made.subscription().url());
            return "redirect:/console/webhooks/" + WebhookDesk.checked(made.subscription().id()) + "/secret";
        } catch (ApiProblemException refused) {
            model.addAttribute("problem", refusals.refused(refused, WebhooksController::formField, locale, response));
        } catch (ApiUnavailableException unanswered) {
            model.addAttribute("problem", refusals.unanswered(unanswered, locale, response));
        }
        model.addAttribute("form", person.isCityStaff() ? form : new WebhookForm(person.organizationId(), form.url(),
                form.eventTypes(), form.description()));
        return "console/webhooks/new";
    }

    /**
     * The secret just made, once: from the redirect's flash (with the endpoint's URL, so that nothing the API might
     * fail to answer stands between the person and the secret), never kept after this page, never cached. Without
     * it (a reload, a bookmark), the page says the secret can no longer be shown.
     */
    @GetMapping("/console/webhooks/{id}/secret")
    String secret(@PathVariable String id, Authentication authentication, Model model, HttpServletResponse response) {
        mayUse(authentication);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("endpointId", WebhookDesk.checked(id));
        if (!model.containsAttribute(SECRET)) {
            model.addAttribute(SECRET_URL, desk.subscription(id).value().url());
        }
        return "console/webhooks/secret";
    }

    @GetMapping("/console/webhooks/{id}")
    String endpoint(@PathVariable String id, Authentication authentication, Model model) {
        mayUse(authentication);
        Versioned<Subscription> read = desk.subscription(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", WebhookForm.of(read.value()));
        }
        return page(read, model);
    }

    @PostMapping("/console/webhooks/{id}")
    String change(@PathVariable String id, WebhookForm form, @RequestParam(defaultValue = "") String version,
                  @RequestParam(defaultValue = "true") boolean active, Authentication authentication, Model model,
                  Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        mayUse(authentication);
        // a change of the settings keeps the state the endpoint had when the form was read (a state changed
        // since then is a new version, which the API refuses)
        return write(id, "changed", form, version, () -> desk.change(id, form.change(active), version).value(), model, locale,
                response, redirect, "edit");
    }

    /** Pauses or resumes it: its settings as they are at the version the page read, with the new state. */
    @PostMapping("/console/webhooks/{id}/state")
    String state(@PathVariable String id, @RequestParam boolean active, @RequestParam(defaultValue = "") String version,
                 Authentication authentication, Model model, Locale locale, HttpServletResponse response,
                 RedirectAttributes redirect) {
        mayUse(authentication);
        WebhookForm current = WebhookForm.of(desk.subscription(id).value());
        return write(id, active ? "resumed" : "paused", null, version, () -> desk.change(id, current.change(active), version).value(),
                model, locale, response, redirect, "state");
    }

    @PostMapping("/console/webhooks/{id}/secret-rotation")
    String rotate(@PathVariable String id, @RequestParam(defaultValue = "PT24H") String overlap,
                  @RequestParam(defaultValue = "") String version, Authentication authentication, Model model, Locale locale,
                  HttpServletResponse response, RedirectAttributes redirect) {
        mayUse(authentication);
        try {
            WithSecret rotated = desk.rotate(id, overlap, version);
            redirect.addFlashAttribute(SECRET, rotated.secret());
            redirect.addFlashAttribute(SECRET_URL, rotated.subscription().url());
            redirect.addFlashAttribute("rotated", Boolean.TRUE.toString());
            return "redirect:/console/webhooks/" + id + "/secret";
        } catch (ApiProblemException refused) {
            if (refused.isNotFound()) {
                throw refused;
            }
            return refusedOnThePage(id, refused, "rotate", version, model, locale, response);
        }
    }

    @GetMapping("/console/webhooks/{id}/delete")
    String confirmDeletion(@PathVariable String id, Authentication authentication, Model model) {
        mayUse(authentication);
        Versioned<Subscription> read = desk.subscription(id);
        model.addAttribute("subscription", read.value());
        model.addAttribute("version", read.etag());
        return "console/webhooks/delete";
    }

    @PostMapping("/console/webhooks/{id}/delete")
    String delete(@PathVariable String id, @RequestParam(defaultValue = "") String version, Authentication authentication,
                  Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        mayUse(authentication);
        try {
            desk.remove(id, version);
            redirect.addFlashAttribute("removed", id);
            return "redirect:/console/webhooks";
        } catch (ApiProblemException refused) {
            if (refused.isNotFound()) {
                throw refused;
            }
            FormRefusal problem = refusals.refused(refused, locale, response);
            Versioned<Subscription> current = desk.subscription(id);
            model.addAttribute("problem", problem);
            model.addAttribute("subscription", current.value());
            model.addAttribute("conflict", problem.conflict());
            // asked again against what it is now; a refusal of another kind keeps the version that was read
            model.addAttribute("version", problem.conflict() ? current.etag() : version);
            return "console/webhooks/delete";
        }
    }

    /**
     * Sends a change; done, back to the endpoint's page with a word of what was done. Refused, the page with the
     * form as typed and the reasons where they belong; after a change made meanwhile, with the current values.
     */
    private String write(String id, String done, WebhookForm typed, String version, Supplier<Subscription> change, Model model, Locale locale,
                         HttpServletResponse response, RedirectAttributes redirect, String where) {
        try {
            change.get();
            redirect.addFlashAttribute("done", done);
            return "redirect:/console/webhooks/" + id;
        } catch (ApiProblemException refused) {
            if (refused.isNotFound()) {
                throw refused;
            }
            if (typed != null) {
                model.addAttribute("form", typed);
            }
            return refusedOnThePage(id, refused, where, version, model, locale, response);
        }
    }

    private String refusedOnThePage(String id, ApiProblemException refused, String where, String version, Model model,
                                    Locale locale, HttpServletResponse response) {
        FormRefusal problem = refusals.refused(refused, WebhooksController::formField, locale, response);
        Versioned<Subscription> current = desk.subscription(id);
        model.addAttribute("problem", problem);
        model.addAttribute("problemAt", where);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", WebhookForm.of(current.value()));
        }
        if (problem.conflict()) {
            // the forms now name the current version: sent again, what was typed replaces what is there now
            model.addAttribute("current", current.value());
            return page(current, model);
        }
        return page(new Versioned<>(current.value(), version), model);
    }

    private String page(Versioned<Subscription> read, Model model) {
        model.addAttribute("subscription", read.value());
        model.addAttribute("version", read.etag());
        return "console/webhooks/endpoint";
    }

    /** The API names {@code eventTypes[2]}; the form has one group of choices for the types. */
    static String formField(String apiField) {
        return apiField.startsWith("eventTypes") ? "eventTypes" : apiField;
    }
}
