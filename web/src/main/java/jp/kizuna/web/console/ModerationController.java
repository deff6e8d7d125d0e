package jp.kizuna.web.console;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.ConcurrentReads;
import jp.kizuna.web.api.ConcurrentReads.Read;
import jp.kizuna.web.api.PublicApi;
import jp.kizuna.web.events.EventViews.Event;
import jp.kizuna.web.page.ProblemMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * City staff's moderation queue: events from partners the city does not yet trust wait here until staff
 * approve them (they are published) or return them with a reason. A decision names the version the
 * staff member read; if the publisher changed the event meanwhile, the page says so and shows it anew.
 */
@Controller
class ModerationController {

    private final EventDesk desk;
    private final ConcurrentReads concurrently;
    private final ProblemMessages problems;

    ModerationController(EventDesk desk, ConcurrentReads concurrently, ProblemMessages problems) {
        this.desk = desk;
        this.concurrently = concurrently;
        this.problems = problems;
    }

    @GetMapping("/console/moderation")
    String queue(Model model) {
        // each with the version it is read at now, for the decision's If-Match (the queue is short); one that left
        // the queue between the list and its read (its draft was deleted, it is no longer the caller's to see) is gone
        // from the page, the rest still show
        try (ConcurrentReads.Reads reads = concurrently.begin()) {
            List<Read<Optional<PublicApi.Versioned<ConsoleViews.ModeratedEvent>>>> queue = desk.moderationQueue().stream()
                    .map(event -> reads.start(() -> desk.findForModeration(event.id()))).toList();
            model.addAttribute("queue", queue.stream().map(Read::join).flatMap(Optional::stream).toList());
        }
        return "console/moderation";
    }

    @PostMapping("/console/moderation/{id}/approval")
    String approve(@PathVariable String id, @RequestParam String version, RedirectAttributes redirect, Locale locale) {
        try {
            Event approved = desk.approve(id, version);
            // flash attributes live in the session, which may be MongoDB's: only serializable values
            redirect.addFlashAttribute("decidedTitle", approved.details().title());
            redirect.addFlashAttribute("approved", true);
        } catch (ApiProblemException refused) {
            redirect.addFlashAttribute("decisionProblem", problems.of(refused, locale));
            redirect.addFlashAttribute("problemEventId", id);
        }
        return "redirect:/console/moderation";
    }

    @PostMapping("/console/moderation/{id}/rejection")
    String reject(@PathVariable String id, @RequestParam String version, @RequestParam(defaultValue = "") String reason,
                  RedirectAttributes redirect, Locale locale) {
        try {
            Event returned = desk.reject(id, version, reason);
            redirect.addFlashAttribute("decidedTitle", returned.details().title());
            redirect.addFlashAttribute("approved", false);
        } catch (ApiProblemException refused) {
            redirect.addFlashAttribute("decisionProblem", problems.of(refused, locale));
            redirect.addFlashAttribute("problemEventId", id);
            redirect.addFlashAttribute("typedReason", reason);
        }
        return "redirect:/console/moderation";
    }
}
