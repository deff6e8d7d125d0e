package jp.kizuna.web.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jp.kizuna.web.api.ApiUnavailableException;
import jp.kizuna.web.api.ConcurrentReads;
import jp.kizuna.web.api.ConcurrentReads.Read;
import jp.kizuna.web.console.events.EventsDashboard;
import jp.kizuna.web.console.register.MembershipGaps;
import jp.kizuna.web.console.kpi.KpiToDo;
import jp.kizuna.web.console.subsidies.SubsidyDashboard;
import jp.kizuna.web.events.EventViews.Event;
import jp.kizuna.web.events.EventViews.Page;
import jp.kizuna.web.page.Person;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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
    private final MembershipGaps membershipGaps;
    private final KpiToDo kpi;
    private final ConcurrentReads concurrently;
    private final Clock clock;
    private final SubsidyDashboard subsidies;
    private final EventsDashboard events;

    ConsoleController(EventDesk desk, MembershipGaps membershipGaps, KpiToDo kpi, SubsidyDashboard subsidies,
                      EventsDashboard events, ConcurrentReads concurrently, Clock clock) {
        this.events = events;
        this.desk = desk;
        this.membershipGaps = membershipGaps;
        this.kpi = kpi;
        this.concurrently = concurrently;
        this.clock = clock;
        this.subsidies = subsidies;
    }

    @GetMapping("/console")
    String dashboard(Authentication authentication, Model model, Locale locale) {
        Person person = Person.of(authentication).orElseThrow();
        String organizer = person.isCityStaff() ? null : person.organizationId();
        LocalDate today = LocalDate.now(clock.withZone(TOKYO));
        Page<Event> recent;
        try (ConcurrentReads.Reads reads = concurrently.begin()) {
            Read<List<Event>> moderation = person.isCityStaff() ? reads.start(desk::moderationQueue) : null;
            // the register: the associations whose membership report of the year that ended is missing
            Read<MembershipGaps.Gaps> missingReports = person.isCityStaff()
                    ? reads.start(() -> membershipGaps.ifKnown(MembershipGaps.lastEnded(today))) : null;
            Read<KpiToDo.Item> kpiToDo = person.isCityStaff() ? reads.start(() -> kpi.item(locale)) : null;
            Read<java.util.Optional<SubsidyDashboard.Item>> subsidyItem = reads.start(() -> subsidies.of(person));
            Read<EventsDashboard.Item> eventsItem = reads.start(() -> events.of(person));
            Read<Page<Event>> coming = reads.start(() -> desk.between(today, today.plusDays(7), organizer, 0, LIST_SIZE));
            Read<Page<Event>> held = reads.start(() -> desk.between(today.minusDays(60), today, organizer, 0, 100));
            if (moderation != null) {
                model.addAttribute("moderation", moderation.join());
                int lastEnded = MembershipGaps.lastEnded(today);
                model.addAttribute("missingReports", orIfUnanswered(missingReports, new MembershipGaps.Gaps(lastEnded, List.of(), false)));
                model.addAttribute("kpiToDo", orIfUnanswered(kpiToDo, new KpiToDo.Item(false, List.of())));
            }
            model.addAttribute("subsidies", orIfUnanswered(subsidyItem, java.util.Optional.<SubsidyDashboard.Item>empty()).orElse(null));
            model.addAttribute("eventsDesk", orIfUnanswered(eventsItem, new EventsDashboard.Item(false, 0, person.isCityStaff())));
            model.addAttribute("coming", coming.join());
            recent = held.join();
        }
        List<Event> toFinish = recent.items().stream()
                .filter(event -> "PUBLISHED".equals(event.status()) && event.endsAt() != null
                        && event.endsAt().toInstant().isBefore(clock.instant()))
                .toList();
        model.addAttribute("toFinish", toFinish);
        return "console/dashboard";
    }

    /**
     * A dashboard item's read, or what the item shows when it cannot be read: an item that reads several pages
     * may outlast the time one read is given, and the rest of the dashboard still shows.
     */
    private static <T> T orIfUnanswered(Read<T> read, T unknown) {
        try {
            return read.join();
        } catch (ApiUnavailableException notInTime) {
            return unknown;
        }
    }
}
