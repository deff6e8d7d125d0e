package jp.kizuna.web.console.events;

import java.util.List;

import jp.kizuna.web.events.PageNumbers;
import jp.kizuna.web.page.Person;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The events a person manages, a page at a time, sorted by the API by their day: for city staff the city's own and
 * every organization's (or one organization's), for an officer only their organization's; in every status, or one.
 */
@Controller
class EventListController {

    static final int PAGE_SIZE = 20;
    static final List<String> STATUSES = List.of("DRAFT", "AWAITING_MODERATION", "PUBLISHED", "CANCELLED", "FINISHED");

    private final EventsDesk desk;

    EventListController(EventsDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/console/events")
    String list(Authentication authentication, @RequestParam(defaultValue = "") String status,
                @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String organizer,
                @RequestParam(defaultValue = "asc") String order, @RequestParam(defaultValue = "0") String page, Model model) {
        Person person = Person.of(authentication).orElseThrow();
        String scope = EventsRefusals.organizerScope(person);
        String only = STATUSES.contains(status) ? status : "";
        // city staff may narrow the list to one organization; an address naming no organization lists them all
        String organizerId = scope != null ? scope : EventsDesk.isId(organizer.strip()) ? organizer.strip() : null;
        boolean latestFirst = "desc".equals(order);
        model.addAttribute("events", desk.managed(organizerId, only.isEmpty() ? EventsDesk.ALL_STATUSES : only, q,
                latestFirst, PageNumbers.parse(page), PAGE_SIZE));
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("status", only);
        model.addAttribute("q", q.strip());
        model.addAttribute("organizer", scope != null || organizerId == null ? "" : organizerId);
        model.addAttribute("order", latestFirst ? "desc" : "asc");
        return "console/events/list";
    }
}
