package jp.kizuna.web.console.events;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.PublicApi.Versioned;
import jp.kizuna.web.events.EventViews.Page;
import jp.kizuna.web.events.EventViews.Series;
import jp.kizuna.web.events.EventViews.SeriesWithSessions;
import jp.kizuna.web.events.PageNumbers;
import jp.kizuna.web.page.Person;
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
 * Series of sessions: the ones a person manages (an officer's organization's; for city staff every one), a new
 * series, and a change of its title and description at the version read (412: the current values beside what was
 * typed). Its sessions are events drafted with the series named.
 */
@Controller
class SeriesDeskController {

    static final int PAGE_SIZE = 20;

    private final EventsDesk desk;
    private final ProblemMessages problems;

    SeriesDeskController(EventsDesk desk, ProblemMessages problems) {
        this.desk = desk;
        this.problems = problems;
    }

    @GetMapping("/console/events/series")
    String list(Authentication authentication, @RequestParam(defaultValue = "0") String page, Model model) {
        String scope = EventsRefusals.organizerScope(Person.of(authentication).orElseThrow());
        // the API lists series whole (there are few, a handful a year); the page shows them a page at a time
        List<Series> managed = desk.series().stream().filter(s -> scope == null || scope.equals(s.organizerId())).toList();
        int at = PageNumbers.parse(page);
        int from = (int) Math.min((long) at * PAGE_SIZE, managed.size());
        int totalPages = (managed.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        model.addAttribute("series", new Page<>(managed.subList(from, Math.min(from + PAGE_SIZE, managed.size())), at, PAGE_SIZE,
                managed.size(), totalPages));
        return "console/events/series-list";
    }

    @GetMapping("/console/events/series/new")
    String newSeries(Authentication authentication, Model model) {
        String scope = EventsRefusals.organizerScope(Person.of(authentication).orElseThrow());
        model.addAttribute("form", SeriesForm.empty(scope));
        model.addAttribute("cityStaff", scope == null);
        return "console/events/series";
    }

    @PostMapping("/console/events/series/new")
    String create(Authentication authentication, SeriesForm typed, Model model, Locale locale, HttpServletResponse response,
                  RedirectAttributes redirect) {
        String scope = EventsRefusals.organizerScope(Person.of(authentication).orElseThrow());
        SeriesForm form = scope == null ? typed : new SeriesForm(scope, typed.title(), typed.titleEn(), typed.description());
        try {
            SeriesWithSessions created = desk.createSeries(form);
            redirect.addFlashAttribute("saved", "created");
            return "redirect:/console/events/series/" + created.series().id() + "/edit";
        } catch (ApiProblemException refused) {
            response.setStatus(refused.status() >= 500 ? 503 : refused.status());
            model.addAttribute("problem", FormRefusal.of(refused, problems, locale, SeriesForm::inputOf));
            model.addAttribute("form", form);
            model.addAttribute("cityStaff", scope == null);
            return "console/events/series";
        }
    }

    @GetMapping("/console/events/series/{id}/edit")
    String edit(Authentication authentication, @PathVariable String id, Model model) {
        Versioned<SeriesWithSessions> series = desk.oneSeries(id);
        EventsRefusals.requireManages(Person.of(authentication).orElseThrow(), series.value().series().organizerId());
        return editPage(series, SeriesForm.of(series.value().series()), model);
    }

    @PostMapping("/console/events/series/{id}/edit")
    String change(Authentication authentication, @PathVariable String id, @RequestParam String version, SeriesForm typed,
                  Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Versioned<SeriesWithSessions> before = desk.oneSeries(id);
        EventsRefusals.requireManages(Person.of(authentication).orElseThrow(), before.value().series().organizerId());
        SeriesForm form = new SeriesForm(before.value().series().organizerId(), typed.title(), typed.titleEn(), typed.description());
        try {
            desk.editSeries(id, version, form);
            redirect.addFlashAttribute("saved", "edited");
            return "redirect:/console/events/series/" + id + "/edit";
        } catch (ApiProblemException refused) {
            response.setStatus(refused.status() >= 500 ? 503 : refused.status());
            FormRefusal problem = FormRefusal.of(refused, problems, locale, SeriesForm::inputOf);
            model.addAttribute("problem", problem);
            if (problem.conflict()) {
                Versioned<SeriesWithSessions> current = desk.oneSeries(id);
                model.addAttribute("current", current.value().series());
                return editPage(current, form, model);
            }
            return editPage(new Versioned<>(before.value(), version), form, model);
        }
    }

    private String editPage(Versioned<SeriesWithSessions> series, SeriesForm form, Model model) {
        model.addAttribute("seriesWithSessions", series.value());
        model.addAttribute("version", series.etag());
        model.addAttribute("form", form);
        return "console/events/series";
    }
}
