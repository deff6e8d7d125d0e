package jp.kizuna.subsidy.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.kizuna.platform.security.Actor;
import jp.kizuna.subsidy.budget.BudgetFigures;
import jp.kizuna.subsidy.budget.BudgetService;
import jp.kizuna.subsidy.budget.ProjectBudget;
import jp.kizuna.subsidy.budget.ProjectRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import jp.kizuna.platform.text.TextPolicyModule;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads the projects' budget lines of the evaluation sheet at start-up, each unless it exists; they
 * are published like any recorded line. Off with {@code kizuna.subsidy.seed.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "kizuna.subsidy.seed.enabled", havingValue = "true", matchIfMissing = true)
class BudgetSeedLoader implements ApplicationRunner {

    static final String RESOURCE = "seed/project-budgets.yaml";
    static final Actor RECORDER = Actor.of("seed:project-budgets.yaml");
    private static final Logger log = LoggerFactory.getLogger(BudgetSeedLoader.class);

    private final BudgetService budgets;
    private final Clock clock;

    BudgetSeedLoader(BudgetService budgets, Clock clock) {
        this.budgets = budgets;
        this.clock = clock;
    }

    record Seed(int policyField, List<SeedProject> projects) {
    }

    record SeedProject(String code, int measure, String name, Map<Integer, BudgetFigures> years) {
    }

    @Override
    public void run(ApplicationArguments args) {
        List<ProjectBudget> lines = lines(read(), clock.instant());
        long added = lines.stream().filter(budgets::insertIfAbsent).count();
        log.info("Seed dataset: {} of {} budget lines added", added, lines.size());
    }

    static Seed read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return YAMLMapper.builder().addModule(new TextPolicyModule()).build().readValue(in, Seed.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static List<ProjectBudget> lines(Seed seed, Instant now) {
        return seed.projects().stream().flatMap(p -> p.years().entrySet().stream().map(year -> ProjectBudget.record(
                ProjectRef.parse(p.code(), p.name()), year.getKey(), year.getValue(), "評価シートの財務内容", RECORDER, now)))
                .toList();
    }
}
