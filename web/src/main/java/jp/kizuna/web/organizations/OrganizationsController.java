package jp.kizuna.web.organizations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jp.kizuna.web.events.EventCatalogue;
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
    private final Clock clock;

    OrganizationsController(Register register, EventCatalogue events, Clock clock) {
        this.register = register;
        this.events = events;
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
        model.addAttribute("organizations", register.search(search, PageNumbers.parse(page), PAGE_SIZE));
        model.addAttribute("districts", register.districts());
        model.addAttribute("kinds", KINDS);
        model.addAttribute("stages", STAGES);
        return "organizations/list";
    }

    @GetMapping("/organizations/{id}")
    String organization(@PathVariable String id, Model model) {
        OrganizationViews.Organization organization = register.one(id)
                .orElseThrow(() -> new NotFoundException("organization " + id));
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Tokyo")));
        EventCatalogue.Filter byOrganizer = new EventCatalogue.Filter(null, id, null);
        model.addAttribute("organization", organization);
        model.addAttribute("placements", register.placementsOf(id));
        model.addAttribute("upcoming", events.upcoming(today, byOrganizer, 0, 10).items());
        model.addAttribute("recent", events.past(today, byOrganizer, 0, 5).items());
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
