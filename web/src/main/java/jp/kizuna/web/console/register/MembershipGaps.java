package jp.kizuna.web.console.register;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.ApiUnavailableException;
import jp.kizuna.web.console.register.RegisterViews.MembershipReport;
import jp.kizuna.web.console.register.RegisterViews.Summary;
import jp.kizuna.web.events.EventViews.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Which neighborhood associations (町内会) have not reported their membership (町内会加入率) for a fiscal year,
 * by district: the active associations against the year's reports, each read a page of 200 at a time. An
 * association counts in the district its report would be filed under, the first it serves.
 */
@Component
public class MembershipGaps {

    private static final Logger log = LoggerFactory.getLogger(MembershipGaps.class);

    static final int PAGE = 200;
    /** Enough pages for 4,000 associations; a city has a few hundred. */
    static final int MAX_PAGES = 20;

    private final RegisterDesk desk;

    MembershipGaps(RegisterDesk desk) {
        this.desk = desk;
    }

    /** One district's associations and how many of them reported. */
    public record District(String name, int associations, int reported) {

        public int missing() {
            return associations - reported;
        }
    }

    /**
     * The reports missing in a fiscal year (its start year, 2023 for 令和5年度), by district in the order of their names;
     * not {@code known} when the registry did not answer (the dashboard says so and shows the rest).
     */
    public record Gaps(int fiscalYear, List<District> districts, boolean known) {

        public int missing() {
            return districts.stream().mapToInt(District::missing).sum();
        }

        public List<District> withMissing() {
            return districts.stream().filter(d -> d.missing() > 0).toList();
        }

        public String fiscalYearLabel(Locale locale) {
            return FiscalYears.label(fiscalYear, locale);
        }
    }

    /** The fiscal year that ended last (April to March): on 10 June 2024 that is 2023 (令和5年度). */
    public static int lastEnded(LocalDate today) {
        return FiscalYears.of(today) - 1;
    }

    /** As {@link #of}, or not known when the registry refuses or does not answer: the dashboard shows the rest. */
    public Gaps ifKnown(int fiscalYear) {
        try {
            return of(fiscalYear);
        } catch (ApiProblemException | ApiUnavailableException e) {
            log.warn("the membership reports of FY{} could not be read: {}", fiscalYear, e.getMessage());
            return new Gaps(fiscalYear, List.of(), false);
        }
    }

    public Gaps of(int fiscalYear) {
        Set<String> reported = new HashSet<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            Page<MembershipReport> reports = desk.reportsOfYear(fiscalYear, null, page, PAGE);
            reports.items().forEach(report -> reported.add(report.associationId()));
            if (!reports.hasNext()) {
                break;
            }
        }
        Map<String, int[]> byDistrict = new TreeMap<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            Page<Summary> associations = desk.associations(null, page, PAGE);
            for (Summary association : associations.items()) {
                String district = association.districts().isEmpty() ? "—" : association.districts().getFirst();
                int[] counts = byDistrict.computeIfAbsent(district, d -> new int[2]);
                counts[0]++;
                if (reported.contains(association.id())) {
                    counts[1]++;
                }
            }
            if (!associations.hasNext()) {
                break;
            }
        }
        return new Gaps(fiscalYear, byDistrict.entrySet().stream()
                .map(e -> new District(e.getKey(), e.getValue()[0], e.getValue()[1])).toList(), true);
    }
}
