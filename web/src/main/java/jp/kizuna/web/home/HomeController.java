package jp.kizuna.web.home;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jp.kizuna.web.api.ConcurrentReads;
import jp.kizuna.web.api.ConcurrentReads.Read;
import jp.kizuna.web.events.EventCatalogue;
import jp.kizuna.web.events.EventViews.Event;
import jp.kizuna.web.organizations.OrganizationViews.Page;
import jp.kizuna.web.organizations.Register;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front page: what is coming up in the next 30 days — or, when nothing is, the most recent events, so a
 * visitor never meets an empty page — the regional management organizations, and the ways to the indicators
 * and the open data.
 */
@Controller
class HomeController {

    private final EventCatalogue events;
    private final Register register;
    private final ConcurrentReads concurrently;
    private final Clock clock;

    HomeController(EventCatalogue events, Register register, ConcurrentReads concurrently, Clock clock) {
        this.events = events;
        this.register = register;
        this.concurrently = concurrently;
        this.clock = clock;
    }

    /**
     * The organizations are read while the events are; the recent events only when nothing is coming up. All three
     * are public reads, kept a few seconds for visitors who are not signed in.
     */
    @GetMapping("/")
    String home(Model model) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Tokyo")));
        try (ConcurrentReads.Reads reads = concurrently.begin()) {
            Read<Page> organizations = reads.start(register::regionalManagementOrganizations);
            List<Event> upcoming = events.frontPageUpcoming(today, today.plusDays(30), 6);
            model.addAttribute("upcoming", upcoming);
            model.addAttribute("recent", upcoming.isEmpty() ? events.frontPageRecent(today, 6) : List.of());
            model.addAttribute("organizations", organizations.join().items());
        }
        model.addAttribute("section", "home");
        return "home";
    }
}
