package jp.kizuna.web.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jp.kizuna.web.console.subsidies.SubsidyDashboard;
import jp.kizuna.web.events.EventViews.Event;
import jp.kizuna.web.events.EventViews.Page;
import jp.kizuna.web.page.Person;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The console's first page, what needs doing: for city staff the events waiting for moderation, the events
 * of the coming week (rosters, check-in at the door) and the held ones not yet marked finished (their
 * participation reaches the KPIs only then); for an organization's officers the same for their own events.
 */
@Controller
class ConsoleController {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final int LIST_SIZE = 20;

    private final EventDesk desk;
    private final Clock clock;
    private final SubsidyDashboard subsidies;

    ConsoleController(EventDesk desk, Clock clock, SubsidyDashboard subsidies) {
        this.desk = desk;
        this.clock = clock;
        this.subsidies = subsidies;
    }

    @ModelAttribute("section")
    String section() {
        return "console";
    }

    @GetMapping("/console")
    String dashboard(Authentication authentication, Model model) {
        Person person = Person.of(authentication).orElseThrow();
        String organizer = person.isCityStaff() ? null : person.organizationId();
        LocalDate today = LocalDate.now(clock.withZone(TOKYO));
        if (person.isCityStaff()) {
            model.addAttribute("moderation", desk.moderationQueue());
        }
        model.addAttribute("coming", desk.between(today, today.plusDays(7), organizer, 0, LIST_SIZE));
        Page<Event> recent = desk.between(today.minusDays(60), today, organizer, 0, 100);
        List<Event> toFinish = recent.items().stream()
                .filter(event -> "PUBLISHED".equals(event.status()) && event.endsAt() != null
                        && event.endsAt().toInstant().isBefore(clock.instant()))
                .toList();
        model.addAttribute("toFinish", toFinish);
        model.addAttribute("subsidies", subsidies.of(person).orElse(null));
        return "console/dashboard";
    }
}
