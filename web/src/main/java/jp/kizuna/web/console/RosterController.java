package jp.kizuna.web.console;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.ConcurrentReads;
import jp.kizuna.web.api.ConcurrentReads.Read;
import jp.kizuna.web.api.PublicApi;
import jp.kizuna.web.events.EventViews.Event;
import jp.kizuna.web.events.EventViews.Page;
import jp.kizuna.web.events.EventViews.Registration;
import jp.kizuna.web.events.PageNumbers;
import jp.kizuna.web.page.ProblemMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One event at the desk: its roster a page at a time in sign-up order (or only its waitlist), the sign-ups
 * taken by phone or on paper, the check-in at the door on a tablet, and marking it held. The API decides
 * who may: the organizer and city staff; anyone else gets its refusal as a readable message.
 */
@Controller
class RosterController {

    static final int ROSTER_PAGE = 50;
    static final int DOOR_PAGE = 30;

    private final EventDesk desk;
    private final ConcurrentReads concurrently;
    private final ProblemMessages problems;

    RosterController(EventDesk desk, ConcurrentReads concurrently, ProblemMessages problems) {
        this.desk = desk;
        this.concurrently = concurrently;
        this.problems = problems;
    }

    @GetMapping("/console/events/{id}")
    String roster(@PathVariable String id, @RequestParam(required = false) String status,
                  @RequestParam(defaultValue = "0") String page, Model model) {
        String only = "WAITLISTED".equals(status) ? "WAITLISTED" : null;
        try (ConcurrentReads.Reads reads = concurrently.begin()) {
            Read<PublicApi.Versioned<Event>> read = reads.start(() -> desk.event(id));
            Read<Page<Registration>> roster = reads.start(() -> desk.roster(id, only, null, PageNumbers.parse(page), ROSTER_PAGE));
            PublicApi.Versioned<Event> event = read.join();
            model.addAttribute("event", event.value());
            model.addAttribute("version", event.etag());
            model.addAttribute("status", only);
            model.addAttribute("roster", roster.join());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DeskSignUpForm.empty());
        }
        return "console/roster";
    }

    /**
     * A sign-up taken at the desk. Accepted, the page is read anew (redirect after the POST: reloading it takes no
     * second sign-up) and says whom it took; refused, the form is shown again with what was typed, the message on
     * top and each field the API named linked from it and described at its input.
     */
    @PostMapping("/console/events/{id}/registrations")
    String signUp(@PathVariable String id, DeskSignUpForm form, Model model, Locale locale, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            Registration taken = desk.signUpFor(id, form);
            // flash attributes live in the session, which may be MongoDB's: only strings
            redirect.addFlashAttribute("takenName", taken.registrant().name());
            redirect.addFlashAttribute("takenWaitlisted", String.valueOf("WAITLISTED".equals(taken.status())));
            redirect.addFlashAttribute("takenPosition", String.valueOf(taken.waitlistPosition()));
            return "redirect:/console/events/" + id + "#desk-sign-up";
        } catch (ApiProblemException refused) {
            // the form keeps what was typed; the message says what to change
            response.setStatus(refused.status() >= 500 ? 503 : refused.status());
            model.addAttribute("signUpProblem", problems.of(refused, locale));
            model.addAttribute("signUpFields", DeskSignUpForm.fieldsNamedBy(refused));
            model.addAttribute("duplicate", "duplicate-entry".equals(refused.problem().reason()));
            model.addAttribute("form", form);
        }
        return roster(id, null, "0", model);
    }

    @PostMapping("/console/events/{id}/completion")
    String complete(@PathVariable String id, @RequestParam String version, RedirectAttributes redirect, Locale locale) {
        try {
            desk.complete(id, version);
            redirect.addFlashAttribute("completed", true);
        } catch (ApiProblemException refused) {
            redirect.addFlashAttribute("completionProblem", problems.of(refused, locale));
        }
        return "redirect:/console/events/" + id;
    }

    /** The door: large buttons, one per confirmed person, a page at a time; the counts on top. */
    @GetMapping("/console/events/{id}/check-in")
    String door(@PathVariable String id, @RequestParam(defaultValue = "0") String page,
                @RequestParam(defaultValue = "") String name, Model model) {
        try (ConcurrentReads.Reads reads = concurrently.begin()) {
            Read<PublicApi.Versioned<Event>> event = reads.start(() -> desk.event(id));
            Read<ConsoleViews.Attendance> attendance = reads.start(() -> desk.attendance(id));
            Read<Page<Registration>> roster = reads.start(() -> desk.roster(id, "CONFIRMED", name, PageNumbers.parse(page), DOOR_PAGE));
            model.addAttribute("event", event.join().value());
            model.addAttribute("attendance", attendance.join());
            model.addAttribute("name", name.strip());
            model.addAttribute("roster", roster.join());
        }
        return "console/check-in";
    }

    @PostMapping("/console/events/{id}/check-in")
    String checkIn(@PathVariable String id, @RequestParam String registrationId, @RequestParam(defaultValue = "0") String page,
                   @RequestParam(defaultValue = "false") boolean undo, RedirectAttributes redirect, Locale locale) {
        try {
            if (undo) {
                desk.undoCheckIn(id, registrationId);
            } else {
                desk.checkIn(id, registrationId);
            }
            redirect.addFlashAttribute("changed", registrationId);
            redirect.addFlashAttribute("undone", undo);
        } catch (ApiProblemException refused) {
            redirect.addFlashAttribute("checkInProblem", problems.of(refused, locale));
        }
        return "redirect:/console/events/" + id + "/check-in?page=" + PageNumbers.parse(page) + "#person-" + registrationId;
    }
}
