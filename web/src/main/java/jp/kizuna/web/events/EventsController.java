package jp.kizuna.web.events;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.events.EventCatalogue.Filter;
import jp.kizuna.web.events.EventViews.Event;
import jp.kizuna.web.events.EventViews.Page;
import jp.kizuna.web.events.EventViews.Registration;
import jp.kizuna.web.events.EventViews.SessionOutcome;
import jp.kizuna.web.page.NotFoundException;
import jp.kizuna.web.page.Person;
import jp.kizuna.web.page.ProblemMessages;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Events and workshops: the list (coming or past), the month calendar, each event's page with its series,
 * and signing up for one session or the whole series.
 */
@Controller
class EventsController {

    static final int PAGE_SIZE = 20;

    private final EventCatalogue catalogue;
    private final SignUps signUps;
    private final ProblemMessages problems;
    private final Clock clock;

    EventsController(EventCatalogue catalogue, SignUps signUps, ProblemMessages problems, Clock clock) {
        this.catalogue = catalogue;
        this.signUps = signUps;
        this.problems = problems;
        this.clock = clock;
    }

    @ModelAttribute("section")
    String section() {
        return "events";
    }

    @GetMapping("/events")
    String list(@RequestParam(defaultValue = "upcoming") String view, @RequestParam(required = false) String district,
                @RequestParam(required = false) String organizer, @RequestParam(required = false) String kind,
                @RequestParam(defaultValue = "false") boolean seats, @RequestParam(defaultValue = "0") String page,
                Model model) {
        Filter filter = new Filter(district, organizer, kind);
        int pageNumber = PageNumbers.parse(page);
        boolean past = "past".equals(view);
        LocalDate today = today();
        Page<Event> events = past ? catalogue.past(today, filter, pageNumber, PAGE_SIZE)
                : catalogue.upcoming(today, filter, seats ? 0 : pageNumber, seats ? 200 : PAGE_SIZE);
        List<Event> shown = seats && !past ? events.items().stream()
                .filter(e -> e.registration().open() && !e.registration().full()).toList() : events.items();
        model.addAttribute("events", shown);
        model.addAttribute("page", seats && !past ? null : events);
        model.addAttribute("past", past);
        model.addAttribute("filter", filter);
        model.addAttribute("seats", seats);
        model.addAttribute("kinds", EventKinds.ALL);
        model.addAttribute("thisMonth", YearMonth.from(today));
        return "events/list";
    }

    @GetMapping("/events/calendar")
    String calendar(@RequestParam(required = false) String month, @RequestParam(required = false) String district,
                    @RequestParam(required = false) String organizer, @RequestParam(required = false) String kind,
                    Model model) {
        YearMonth shown = parseMonth(month).orElseGet(() -> YearMonth.from(today()));
        Filter filter = new Filter(district, organizer, kind);
        List<Event> events = catalogue.month(shown, filter);
        model.addAttribute("month", shown);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("weeks", CalendarMonth.of(shown, events, today()).weeks());
        model.addAttribute("undecided", events.stream().filter(e -> e.details().schedule().date() == null).toList());
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", EventKinds.ALL);
        model.addAttribute("weekdays", CalendarMonth.WEEK);
        return "events/calendar";
    }

    @GetMapping("/events/{id}")
    String event(@PathVariable String id, Authentication authentication, Model model) {
        Event event = catalogue.one(id).orElseThrow(() -> new NotFoundException("event " + id));
        show(event, model);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", SignUpForm.forPerson(Person.of(authentication).map(Person::name).orElse("")));
        }
        return "events/event";
    }

    /** The sign-up form needs a signed-in person: this address asks for it, then returns to the event. */
    @GetMapping("/events/{id}/sign-up")
    String signUpPage(@PathVariable String id) {
        return "redirect:/events/" + id + "#sign-up";
    }

    @PostMapping("/events/{id}/sign-up")
    String signUp(@PathVariable String id, @ModelAttribute("form") SignUpForm form, Model model, Locale locale,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Event event = catalogue.one(id).orElseThrow(() -> new NotFoundException("event " + id));
        try {
            if (form.wholeSeries() && event.seriesId() != null) {
                List<SessionOutcome> outcomes = signUps.forSeries(event.seriesId(), form);
                redirect.addFlashAttribute("seriesOutcomes", outcomes);
            } else {
                Registration registration = signUps.forEvent(id, form);
                redirect.addFlashAttribute("signedUp", registration);
            }
            return "redirect:/events/" + id + "#sign-up";
        } catch (ApiProblemException refused) {
            response.setStatus(refused.status() >= 500 ? 503 : refused.status() == 409 || refused.status() == 422 ? refused.status() : 400);
            model.addAttribute("signUpProblem", problems.of(refused, locale));
            show(event, model);
            return "events/event";
        }
    }

    private void show(Event event, Model model) {
        EventViews.SeriesWithSessions series = event.seriesId() == null ? null : catalogue.series(event.seriesId()).orElse(null);
        model.addAttribute("event", event);
        model.addAttribute("series", series);
        model.addAttribute("openHere", event.registration().required() && event.registration().open());
        model.addAttribute("openInSeries", series != null && series.sessions().stream()
                .anyMatch(session -> session.registration().required() && session.registration().open()));
        model.addAttribute("icsUrl", "/api/events/feeds/events/" + event.id() + ".ics");
        Map<String, String> feeds = new LinkedHashMap<>();
        if (event.organizer() != null && event.organizer().id() != null) {
            feeds.put(event.organizer().name(), "/api/events/feeds/organizations/" + event.organizer().id() + ".ics");
        }
        event.details().districts().forEach(d -> feeds.put(d, "/api/events/feeds/districts/" + d + ".ics"));
        model.addAttribute("feeds", feeds);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(EventTexts.CITY));
    }

    private static Optional<YearMonth> parseMonth(String month) {
        if (month == null || month.isBlank()) {
            return Optional.empty();
        }
        try {
            YearMonth parsed = YearMonth.parse(month.strip());
            return parsed.getYear() >= 1989 && parsed.getYear() <= 2100 ? Optional.of(parsed) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
