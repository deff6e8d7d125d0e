package jp.kizuna.web.console.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.ApiUnavailableException;
import jp.kizuna.web.text.JapaneseDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The console dashboard's KPI item for city staff: the actuals of fiscal years that have ended which are not yet
 * the official figure (none entered, or entered and not confirmed), the year that ended last first. One call:
 * the field's indicators with their series.
 */
@Component
public class KpiToDo {

    private static final Logger log = LoggerFactory.getLogger(KpiToDo.class);

    /** An actual to enter or confirm: which indicator, which fiscal year, and whether one is entered yet. */
    public record OpenActual(String code, String name, int fiscalYear, String fiscalYearLabel, boolean entered) {
    }

    /**
     * The item as the dashboard shows it; {@code available} is false when the KPI service could not be asked
     * (the rest of the dashboard is shown all the same).
     */
    public record Item(boolean available, List<OpenActual> open) {

        public Item {
            open = open == null ? List.of() : List.copyOf(open);
        }
    }

    private final KpiDesk desk;
    private final Clock clock;

    KpiToDo(KpiDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    public Item item(Locale locale) {
        try {
            return new Item(true, openActuals(locale));
        } catch (ApiProblemException | ApiUnavailableException unanswered) {
            log.warn("the dashboard's KPI item could not be read: {}", unanswered.getMessage());
            return new Item(false, List.of());
        }
    }

    List<OpenActual> openActuals(Locale locale) {
        int current = JapaneseDates.fiscalYearOf(LocalDate.now(clock.withZone(KpiViews.TOKYO)));
        return desk.indicators(KpiFieldController.DEFAULT_FIELD).stream()
                .flatMap(indicator -> KpiRow.of(indicator, current, locale).stream()
                        .filter(row -> row.awaitsConfirmation(current))
                        .map(row -> new OpenActual(indicator.code(), indicator.name(), row.year(), row.label(),
                                row.officialState() != null)))
                .sorted(Comparator.comparingInt(OpenActual::fiscalYear).reversed())
                .toList();
    }

}
