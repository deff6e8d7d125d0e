package jp.kizuna.kpi.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;

import jp.kizuna.kpi.indicator.Indicator;
import jp.kizuna.kpi.indicator.IndicatorService;
import jp.kizuna.kpi.policy.PolicyField;
import jp.kizuna.kpi.policy.PolicyFieldService;
import jp.kizuna.platform.time.FiscalYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.text.TextPolicyModule;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads policy field 36 and its KPIs from the evaluation sheet at start-up, unless they exist. The
 * sheet's actuals are official figures: they are entered and confirmed, recorded as by the seed.
 * Off with {@code kizuna.kpi.seed.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "kizuna.kpi.seed.enabled", havingValue = "true", matchIfMissing = true)
class KpiSeedLoader implements ApplicationRunner {

    static final String RESOURCE = "seed/policy-field-36.yaml";
    static final Actor RECORDER = Actor.of("seed:policy-field-36.yaml");
    private static final Logger log = LoggerFactory.getLogger(KpiSeedLoader.class);

    private final PolicyFieldService fields;
    private final IndicatorService indicators;
    private final Clock clock;

    KpiSeedLoader(PolicyFieldService fields, IndicatorService indicators, Clock clock) {
        this.fields = fields;
        this.indicators = indicators;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        PolicySeed seed = read();
        boolean field = fields.insertIfAbsent(policyField(seed));
        long added = seed.indicators().stream()
                .filter(i -> indicators.insertIfAbsent(indicator(seed.policyField().number(), i, clock.instant())))
                .count();
        log.info("Seed dataset: policy field {} {}, {} indicator(s) added", seed.policyField().number(),
                field ? "added" : "present", added);
    }

    static PolicySeed read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return YAMLMapper.builder().addModule(new TextPolicyModule()).build().readValue(in, PolicySeed.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static PolicyField policyField(PolicySeed seed) {
        PolicySeed.Field f = seed.policyField();
        return new PolicyField(f.number(), f.name(), f.vision(), seed.policyGoal(), seed.policy(), f.relatedSdgGoals(),
                f.sheetFiscalYear(), f.overallEvaluation(), f.relatedProjects(), seed.depopulationPillars(),
                seed.measures());
    }

    /** The plan covers the years the sheet gives targets for. */
    static Indicator indicator(int policyField, PolicySeed.SeedIndicator s, Instant now) {
        int planFrom = Collections.min(s.targets().keySet());
        int planTo = Collections.max(s.targets().keySet());
        Indicator indicator = new Indicator(s.code(), policyField, s.number(), s.name(), s.unit(), s.kind(),
                s.definition(), s.direction(), s.derivedFrom(), planFrom, planTo, s.finalTarget(), s.verification());
        s.targets().forEach((year, value) -> indicator.setTarget(year, value, "評価シートの目標値", RECORDER, now));
        FiscalYear current = FiscalYear.containing(java.time.LocalDate.ofInstant(now, FiscalYear.CITY_ZONE));
        s.actuals().forEach((year, value) -> {
            indicator.recordActual(year, value, "評価シートの実績値", RECORDER, now);
            indicator.confirmActual(year, RECORDER, now, current);
        });
        return indicator;
    }
}
