package jp.kizuna.web.organizations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.kizuna.web.api.ConcurrentReads;
import jp.kizuna.web.api.ConcurrentReads.Read;
import jp.kizuna.web.events.EventCatalogue;
import jp.kizuna.web.events.EventViews.Event;
import jp.kizuna.web.events.PageNumbers;
import jp.kizuna.web.page.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The register of community organizations: search, and each organization's page. */
@Controller
class OrganizationsController {

    static final int PAGE_SIZE = 20;
    static final List<String> KINDS = List.of("REGIONAL_MANAGEMENT_ORGANIZATION", "NEIGHBORHOOD_ASSOCIATION",
            "DISTRICT_CHIEFS_COUNCIL", "NPO_PARTNER", "COMMUNITY_GROUP");
    static final List<String> STAGES = List.of("STEP_0", "STEP_1", "STEP_2", "STEP_3", "STEP_4");

    private final Register register;
    private final EventCatalogue events;
    private final ConcurrentReads concurrently;
    private final Clock clock;

    OrganizationsController(Register register, EventCatalogue events, ConcurrentReads concurrently, Clock clock) {
        this.register = register;
        this.events = events;
        this.concurrently = concurrently;
        this.clock = clock;
    }

    @ModelAttribute("section")
    String section() {
        return "organizations";
    }

    @GetMapping("/organizations")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String district,
                @RequestParam(required = false) String kind, @RequestParam(required = false) String stage,
                @RequestParam(defaultValue = "0") String page, Model model) {
        Register.Search search = new Register.Search(limit(q), district, kind != null && KINDS.contains(kind) ? kind : null,
                stage != null && STAGES.contains(stage) ? stage : null);
        model.addAttribute("search", search);
        try (ConcurrentReads.Reads reads = concurrently.begin()) {
            Read<OrganizationViews.Page> found = reads.start(() -> register.search(search, PageNumbers.parse(page), PAGE_SIZE));
            Read<List<OrganizationViews.District>> districts = reads.start(register::districts);
            model.addAttribute("organizations", found.join());
            model.addAttribute("districts", districts.join());
        }
        model.addAttribute("kinds", KINDS);
        model.addAttribute("stages", STAGES);
        return "organizations/list";
    }

    @GetMapping("/organizations/{id}")
    String organization(@PathVariable String id, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Tokyo")));
        EventCatalogue.Filter byOrganizer = new EventCatalogue.Filter(null, id, null);
        try (ConcurrentReads.Reads reads = concurrently.begin()) {
            Read<Optional<OrganizationViews.Organization>> organization = reads.start(() -> register.one(id));
            Read<List<OrganizationViews.Placement>> placements = reads.start(() -> register.placementsOf(id));
            Read<List<Event>> upcoming = reads.start(() -> events.upcoming(today, byOrganizer, 0, 10).items());
            Read<List<Event>> recent = reads.start(() -> events.past(today, byOrganizer, 0, 5).items());
            // an unknown organization is a 404 page, whatever the other reads answer
            model.addAttribute("organization", organization.join().orElseThrow(() -> new NotFoundException("organization " + id)));
            model.addAttribute("placements", placements.join());
            model.addAttribute("upcoming", upcoming.join());
            model.addAttribute("recent", recent.join());
        }
        model.addAttribute("stages", STAGES);
        return "organizations/organization";
    }

    /** The search box takes what the API takes: at most 100 characters. */
    private static String limit(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String text = q.strip();
        return text.length() > 100 ? text.substring(0, 100) : text;
    }
}
