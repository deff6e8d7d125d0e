package jp.kizuna.kpi.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import jp.kizuna.platform.security.CityAdminOnly;
import jp.kizuna.platform.security.CityStaffOnly;
import jp.kizuna.platform.time.FiscalYear;
import jp.kizuna.platform.web.GuardedChange;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** KPIs: their series with official and derived values, and the staff's entries. */
@Service
public class IndicatorService {

    private final IndicatorRepository indicators;
    private final Derivations derivations;
    private final Clock clock;
    private final GuardedChange<Indicator> guarded;

    IndicatorService(IndicatorRepository indicators, Derivations derivations, Clock clock) {
        this.indicators = indicators;
        this.derivations = derivations;
        this.clock = clock;
        this.guarded = new GuardedChange<>(this::get, Indicator::version, indicators::save, clock);
    }

    public List<Indicator> ofField(int policyField) {
        return indicators.findByPolicyFieldOrderByNumberAsc(policyField);
    }

    public Indicator get(String code) {
        return indicators.findById(code).orElseThrow(() -> ProblemException.notFound("Indicator", code));
    }

    /**
     * The indicator with its series: every fiscal year from the plan's first to the running one
     * (or the plan's last, when the plan reaches further), none skipped; or only {@code fiscalYear}
     * when one is asked for.
     */
    public IndicatorResponse describe(Indicator indicator, Integer fiscalYear) {
        LocalDate today = today();
        TreeSet<Integer> years = new TreeSet<>(indicator.planYears());
        for (int year = years.last() + 1; year <= FiscalYear.containing(today).startYear(); year++) {
            years.add(year);
        }
        if (fiscalYear != null) {
            years.clear();
            years.add(fiscalYear);
        }
        List<SeriesPoint> series = years.stream().map(year -> {
            FiscalYear fy = FiscalYear.of(year);
            return SeriesPoint.of(indicator, FiscalYearLabel.of(fy), indicator.target(year), indicator.actual(year),
                    derivations.derive(indicator, fy, today).orElse(null));
        }).toList();
        return new IndicatorResponse(indicator.code(), indicator.policyField(), indicator.number(), indicator.name(),
                indicator.unit(), indicator.kind(), indicator.definition(), indicator.direction(),
                indicator.derivedFrom(), indicator.finalTarget(), indicator.verification(), series,
                indicator.version() == null ? 0 : indicator.version());
    }

    /** The running fiscal year's derived value (the walking skeleton's live endpoint). */
    public LiveIndicatorValue liveValue(String code) {
        Indicator indicator = get(code);
        FiscalYear year = FiscalYear.containing(today());
        DerivedValue derived = derivations.derive(indicator, year, today())
                .orElseThrow(() -> ProblemException.notFound("Live value of indicator", code));
        return new LiveIndicatorValue(code, indicator.name(), indicator.unit(), FiscalYearLabel.of(year),
                derived.value(), derived.state(), "DERIVED", clock.instant());
    }

    @CityStaffOnly
    public Indicator setTarget(String code, int fiscalYear, IfMatch ifMatch, BigDecimal value, String reason) {
        return guarded.apply(code, ifMatch, (i, by, now) -> i.setTarget(fiscalYear, value, reason, by, now));
    }

    @CityStaffOnly
    public Indicator setFinalTarget(String code, IfMatch ifMatch, BigDecimal value, String reason) {
        return guarded.apply(code, ifMatch, (i, by, now) -> i.setFinalTarget(value, reason, by, now));
    }

    @CityStaffOnly
    public Indicator recordActual(String code, int fiscalYear, IfMatch ifMatch, BigDecimal value, String comment) {
        return guarded.apply(code, ifMatch, (i, by, now) -> i.recordActual(fiscalYear, value, comment, by, now));
    }

    @CityStaffOnly
    public Indicator confirmActual(String code, int fiscalYear, IfMatch ifMatch) {
        return guarded.apply(code, ifMatch, (i, by, now) -> i.confirmActual(fiscalYear, by, now, FiscalYear.current(clock)));
    }

    @CityAdminOnly
    public Indicator correctActual(String code, int fiscalYear, IfMatch ifMatch, BigDecimal value, String reason) {
        return guarded.apply(code, ifMatch, (i, by, now) -> i.correctActual(fiscalYear, value, reason, by, now));
    }

    @CityStaffOnly
    public Indicator editVerification(String code, IfMatch ifMatch, String text) {
        return guarded.apply(code, ifMatch, (i, by, now) -> i.editVerification(text, by, now));
    }

    /** Inserts an indicator of the seed dataset unless it exists. */
    public boolean insertIfAbsent(Indicator indicator) {
        try {
            indicators.insert(indicator);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), FiscalYear.CITY_ZONE);
    }
}
