package jp.kizuna.web.console.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.PublicApi.Versioned;
import jp.kizuna.web.console.events.EventsConsoleViews.ManagedEvent;
import jp.kizuna.web.events.EventViews.Series;
import jp.kizuna.web.page.Person;
import jp.kizuna.web.page.ProblemMessages;
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
 * Drafting and editing an event, publishing it and cancelling it. A change names the version the page was read
 * at; if someone changed the event meanwhile (412) the page shows the current values beside what was typed,
 * ready to be sent again against the current version. A refused form keeps what was typed, with the message on
 * top and each field the API named linked from it and described at its input. Publishing an untrusted partner's
 * event sends it to the city's moderation, and the page says so.
 */
@Controller
class EventEditController {

    private final EventsDesk desk;
    private final ProblemMessages problems;
    private final MessageSource messages;

    EventEditController(EventsDesk desk, ProblemMessages problems, MessageSource messages) {
        this.desk = desk;
        this.problems = problems;
        this.messages = messages;
    }

    @GetMapping("/console/events/new")
    String newEvent(Authentication authentication, @RequestParam(required = false) String seriesId, Model model) {
        Person person = Person.of(authentication).orElseThrow();
        String scope = EventsRefusals.organizerScope(person);
        EventForm form = EventForm.empty(scope);
        if (seriesId != null && EventsDesk.isId(seriesId)) {
            form = form.asSessionOf(seriesId);
        }
        return newPage(person, form, model);
    }

    @PostMapping("/console/events/new")
    String create(Authentication authentication, EventForm typed, Model model, Locale locale, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Person person = Person.of(authentication).orElseThrow();
        String scope = EventsRefusals.organizerScope(person);
        // an officer drafts for their own organization whatever the form says; staff for the one they name, or the city
        String organizerId = scope != null ? scope : blankToNull(typed.organizerId());
        String seriesId = blankToNull(typed.seriesId());
        Map<String, String> unreadable = typed.unreadableNumbers();
        if (seriesId != null && blankToNull(typed.session()) == null) {
            unreadable.put("session", "a session of a series needs its number");
        }
        if (!unreadable.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("problem", FormRefusal.ofFields(text("console.events.form.unreadable", locale), unreadable));
            return newPage(person, typed, model);
        }
        try {
            Versioned<ManagedEvent> drafted = desk.draft(organizerId, seriesId,
                    seriesId == null ? null : Integer.valueOf(typed.session().strip()), typed.details());
            redirect.addFlashAttribute("saved", "created");
            return "redirect:/console/events/" + drafted.value().id() + "/edit";
        } catch (ApiProblemException refused) {
            response.setStatus(refused.status() >= 500 ? 503 : refused.status());
            model.addAttribute("problem", FormRefusal.of(refused, problems, locale, EventForm::inputOf));
            return newPage(person, typed, model);
        }
    }

    @GetMapping("/console/events/{id}/edit")
    String edit(Authentication authentication, @PathVariable String id, Model model) {
        Person person = Person.of(authentication).orElseThrow();
        Versioned<ManagedEvent> event = desk.event(id);
        EventsRefusals.requireManages(person, event.value().organizer().id());
        ManagedEvent e = event.value();
        // a change waiting for moderation is what the publisher last sent: the form goes on from there
        EventsConsoleViews.Fields shown = e.pendingDetails() != null ? e.pendingDetails() : e.details();
        return editPage(event, EventForm.of(e.organizer().id(), e.seriesId(), e.session(), shown), model);
    }

    @PostMapping("/console/events/{id}/edit")
    String change(Authentication authentication, @PathVariable String id, @RequestParam String version, EventForm typed,
                  Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Person person = Person.of(authentication).orElseThrow();
        Map<String, String> unreadable = typed.unreadableNumbers();
        unreadable.remove("session");
        if (!unreadable.isEmpty()) {
            Versioned<ManagedEvent> current = desk.event(id);
            EventsRefusals.requireManages(person, current.value().organizer().id());
            response.setStatus(400);
            model.addAttribute("problem", FormRefusal.ofFields(text("console.events.form.unreadable", locale), unreadable));
            return editPage(new Versioned<>(current.value(), version), typed, model);
        }
        try {
            Versioned<ManagedEvent> before = desk.event(id);
            EventsRefusals.requireManages(person, before.value().organizer().id());
            Versioned<ManagedEvent> saved = desk.edit(id, version, typed.details());
            redirect.addFlashAttribute("saved", saved.value().changeAwaitsModeration() ? "awaiting" : "edited");
            return "redirect:/console/events/" + id + "/edit";
        } catch (ApiProblemException refused) {
            response.setStatus(refused.status() >= 500 ? 503 : refused.status());
            FormRefusal problem = FormRefusal.of(refused, problems, locale, EventForm::inputOf);
            model.addAttribute("problem", problem);
            Versioned<ManagedEvent> current = desk.event(id);
            if (problem.conflict()) {
                // what was typed stays in the form, the current values beside it, and the next save is against them
                model.addAttribute("current", current.value());
                return editPage(current, typed, model);
            }
            return editPage(new Versioned<>(current.value(), version), typed, model);
        }
    }

    @PostMapping("/console/events/{id}/publication")
    String publish(Authentication authentication, @PathVariable String id, @RequestParam String version,
                   RedirectAttributes redirect, Locale locale) {
        Person person = Person.of(authentication).orElseThrow();
        EventsRefusals.requireManages(person, desk.event(id).value().organizer().id());
        try {
            Versioned<ManagedEvent> published = desk.publish(id, version);
            redirect.addFlashAttribute("saved", published.value().awaitingModeration() ? "submitted" : "published");
        } catch (ApiProblemException refused) {
            redirect.addFlashAttribute("stepProblem", problems.of(refused, locale));
        }
        return "redirect:/console/events/" + id + "/edit";
    }

    @PostMapping("/console/events/{id}/cancellation")
    String cancel(Authentication authentication, @PathVariable String id, @RequestParam String version,
                  @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect, Locale locale) {
        Person person = Person.of(authentication).orElseThrow();
        EventsRefusals.requireManages(person, desk.event(id).value().organizer().id());
        try {
            desk.cancel(id, version, reason);
            redirect.addFlashAttribute("saved", "cancelled");
        } catch (ApiProblemException refused) {
            // flash attributes live in the session, which may be MongoDB's: only strings and PageProblem
            redirect.addFlashAttribute("cancelProblem", problems.of(refused, locale));
            redirect.addFlashAttribute("typedReason", reason);
        }
        return "redirect:/console/events/" + id + "/edit#cancel";
    }

    private String newPage(Person person, EventForm form, Model model) {
        String scope = EventsRefusals.organizerScope(person);
        model.addAttribute("form", form);
        model.addAttribute("kinds", EventForm.KINDS);
        model.addAttribute("seriesChoices", seriesOf(scope, null));
        model.addAttribute("cityStaff", scope == null);
        return "console/events/new";
    }

    private String editPage(Versioned<ManagedEvent> event, EventForm form, Model model) {
        model.addAttribute("event", event.value());
        model.addAttribute("version", event.etag());
        model.addAttribute("form", form);
        model.addAttribute("kinds", EventForm.KINDS);
        return "console/events/edit";
    }

    /** The series a new event may be a session of: an officer's organization's, or for city staff every one. */
    private List<Series> seriesOf(String scope, String keep) {
        return desk.series().stream()
                .filter(s -> scope == null || scope.equals(s.organizerId()) || Objects.equals(keep, s.id())).toList();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
