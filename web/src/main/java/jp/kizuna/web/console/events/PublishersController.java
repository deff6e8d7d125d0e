package jp.kizuna.web.console.events;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.console.events.EventsConsoleViews.Publisher;
import jp.kizuna.web.page.Person;
import jp.kizuna.web.page.ProblemMessages;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * City staff's list of partner organizations trusted to publish without moderation: each decision with its note and
 * who made it; trusting a partner, or taking the trust back. The API keeps one decision per organization and
 * takes each as a whole (no version to name: deciding again is the same decision).
 */
@Controller
class PublishersController {

    private final EventsDesk desk;
    private final ProblemMessages problems;

    PublishersController(EventsDesk desk, ProblemMessages problems) {
        this.desk = desk;
        this.problems = problems;
    }

    @GetMapping("/console/events/publishers")
    String list(Authentication authentication, Model model) {
        EventsRefusals.requireCityStaff(Person.of(authentication).orElseThrow());
        List<Publisher> decisions = desk.publishers().stream()
                .sorted(Comparator.comparing(Publisher::trusted).reversed().thenComparing(Publisher::organizationId)).toList();
        model.addAttribute("publishers", decisions);
        return "console/events/publishers";
    }

    @PostMapping("/console/events/publishers")
    String decide(Authentication authentication, @RequestParam(defaultValue = "") String organizationId,
                  @RequestParam(defaultValue = "false") boolean trusted, @RequestParam(defaultValue = "") String note,
                  RedirectAttributes redirect, Locale locale) {
        EventsRefusals.requireCityStaff(Person.of(authentication).orElseThrow());
        String organization = organizationId.strip();
        if (!EventsDesk.isId(organization)) {
            // no organization id: nothing to ask the API
            redirect.addFlashAttribute("decisionProblem", problems.malformed(locale));
            redirect.addFlashAttribute("typedOrganization", organization);
            redirect.addFlashAttribute("typedNote", note);
            return "redirect:/console/events/publishers";
        }
        try {
            Publisher decided = desk.decide(organization, trusted, note);
            redirect.addFlashAttribute("decided", decided.organizationId());
            redirect.addFlashAttribute("decidedTrusted", String.valueOf(decided.trusted()));
        } catch (ApiProblemException refused) {
            redirect.addFlashAttribute("decisionProblem", problems.of(refused, locale));
            redirect.addFlashAttribute("typedOrganization", organization);
            redirect.addFlashAttribute("typedNote", note);
        }
        return "redirect:/console/events/publishers";
    }
}
