package jp.kizuna.subsidy.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jp.kizuna.subsidy.programme.ProgrammeService;
import jp.kizuna.subsidy.programme.ProgrammeTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import jp.kizuna.platform.text.TextPolicyModule;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Loads the subsidy programmes the seeds name, each unless it exists. */
@Component
@ConditionalOnProperty(name = "kizuna.subsidy.seed.enabled", havingValue = "true", matchIfMissing = true)
class ProgrammeSeedLoader implements ApplicationRunner {

    static final String RESOURCE = "seed/programmes.yaml";
    private static final Logger log = LoggerFactory.getLogger(ProgrammeSeedLoader.class);

    private final ProgrammeService programmes;

    ProgrammeSeedLoader(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<ProgrammeTerms> seed = read();
        long added = seed.stream().filter(programmes::insertIfAbsent).count();
        log.info("Seed dataset: {} of {} subsidy programmes added", added, seed.size());
    }

    static List<ProgrammeTerms> read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return YAMLMapper.builder().addModule(new TextPolicyModule()).build().readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
