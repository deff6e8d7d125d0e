package jp.kizuna.web.console.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.console.ConsoleRefusals;
import jp.kizuna.web.console.FormRefusal;
import jp.kizuna.web.console.webhooks.WebhookViews.Queued;
import jp.kizuna.web.page.ProblemMessages;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What became of an endpoint's events: its delivery log a page at a time (the latest call first: time, event type,
 * status code, latency, the start of the answer), one delivery with every call made for it and "send again", a
 * replay of every event since a day and time in Aizuwakamatsu after the partner's outage, and a test ping. None of
 * these changes the endpoint, so none needs its version.
 */
@Controller
class WebhookLogController {

    private final WebhookDesk desk;
    private final ConsoleRefusals refusals;
    private final ProblemMessages problems;
    private final WebhookTexts texts;
    private final Clock clock;

    WebhookLogController(WebhookDesk desk, ConsoleRefusals refusals, ProblemMessages problems, WebhookTexts texts, Clock clock) {
        this.desk = desk;
        this.texts = texts;
        this.refusals = refusals;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/console/webhooks/{id}/log")
    String log(@PathVariable String id, @RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
        WebhooksController.mayUse(authentication);
        model.addAttribute("subscription", desk.subscription(id).value());
        model.addAttribute("log", desk.log(id, Math.max(page, 0)));
        if (!model.containsAttribute("replayDate")) {
            model.addAttribute("replayDate", LocalDate.now(clock.withZone(WebhookTexts.TOKYO)).toString());
            model.addAttribute("replayTime", "");
        }
        return "console/webhooks/log";
    }

    @GetMapping("/console/webhooks/{id}/deliveries/{deliveryId}")
    String delivery(@PathVariable String id, @PathVariable String deliveryId, Authentication authentication, Model model) {
        WebhooksController.mayUse(authentication);
        model.addAttribute("subscription", desk.subscription(id).value());
        model.addAttribute("delivery", desk.delivery(id, deliveryId));
        return "console/webhooks/delivery";
    }

    @PostMapping("/console/webhooks/{id}/deliveries/{deliveryId}/redelivery")
    String sendAgain(@PathVariable String id, @PathVariable String deliveryId, Authentication authentication,
                     RedirectAttributes redirect, Locale locale) {
        WebhooksController.mayUse(authentication);
        try {
            desk.sendAgain(id, deliveryId);
            redirect.addFlashAttribute("queued", "again");
        } catch (ApiProblemException refused) {
            if (refused.isNotFound()) {
                throw refused;
            }
            redirect.addFlashAttribute("actionProblem", problems.of(refused, locale));
        }
        return "redirect:/console/webhooks/" + id + "/deliveries/" + deliveryId;
    }

    @PostMapping("/console/webhooks/{id}/ping")
    String ping(@PathVariable String id, Authentication authentication, RedirectAttributes redirect, Locale locale) {
        WebhooksController.mayUse(authentication);
        try {
            desk.ping(id);
            redirect.addFlashAttribute("queued", "ping");
        } catch (ApiProblemException refused) {
            if (refused.isNotFound()) {
                throw refused;
            }
            redirect.addFlashAttribute("actionProblem", problems.of(refused, locale));
        }
        return "redirect:/console/webhooks/" + id + "/log";
    }

    /** Every event since the day and time given, as the wall clock in Aizuwakamatsu shows them, is sent again. */
    @PostMapping("/console/webhooks/{id}/replay")
    String replay(@PathVariable String id, @RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String time,
                  Authentication authentication, Model model, Locale locale, HttpServletResponse response,
                  RedirectAttributes redirect) {
        WebhooksController.mayUse(authentication);
        FormRefusal problem;
        Instant since = since(date, time);
        if (since == null) {
            problem = refusals.invalid(Map.of("since", "must be a day (YYYY-MM-DD) and a time (HH:MM)"), locale, response);
        } else {
            try {
                Queued queued = desk.replay(id, since);
                redirect.addFlashAttribute("queued", "replay");
                redirect.addFlashAttribute("queuedCount", Long.toString(queued.queued()));
                redirect.addFlashAttribute("queuedSince", texts.at(since, locale));
                return "redirect:/console/webhooks/" + id + "/log";
            } catch (ApiProblemException refused) {
                if (refused.isNotFound()) {
                    throw refused;
                }
                problem = refusals.refused(refused, locale, response);
            }
        }
        model.addAttribute("problem", problem);
        model.addAttribute("replayDate", date);
        model.addAttribute("replayTime", time);
        return log(id, 0, authentication, model);
    }

    /** The moment a day and a time in Aizuwakamatsu name, or null when they name none. */
    static Instant since(String date, String time) {
        try {
            LocalDate day = LocalDate.parse(date.strip());
            LocalTime at = time.isBlank() ? LocalTime.MIDNIGHT : LocalTime.parse(time.strip());
            return day.atTime(at).atZone(WebhookTexts.TOKYO).toInstant();
        } catch (DateTimeParseException notAMoment) {
            return null;
        }
    }
}
