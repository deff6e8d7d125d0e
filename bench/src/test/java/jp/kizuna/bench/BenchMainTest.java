package jp.kizuna.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** KIZUNA_BENCH_SCENARIOS picks scenarios by name; they run in their fixed order, the pages first. */
class BenchMainTest {

    @Test
    void withoutAChoiceEveryScenarioRunsThePagesFirst() {
        assertThat(BenchMain.scenarios(null)).isEqualTo(BenchMain.SCENARIOS).first().isEqualTo("web-pages");
        assertThat(BenchMain.scenarios(" ")).isEqualTo(BenchMain.SCENARIOS);
    }

    @Test
    void chosenScenariosRunInTheirOrderWhateverOrderTheyAreNamedIn() {
        assertThat(BenchMain.scenarios("registration-rush, web-pages")).containsExactly("web-pages", "registration-rush");
    }

    @Test
    void anUnknownScenarioIsRefusedWithTheNamesThatExist() {
        assertThatThrownBy(() -> BenchMain.scenarios("web-page"))
                .hasMessageContaining("no scenario 'web-page'")
                .hasMessageContaining("web-pages, scale, gateway-overhead, event-propagation, webhook-delivery, registration-rush");
    }

    @Test
    void theRushRunsAt300And3000And30000SignUpsUnlessSizesAreNamed() {
        assertThat(BenchMain.sizes(null)).containsExactly(300, 3_000, 30_000);
        assertThat(BenchMain.sizes(" 50, 500 ")).containsExactly(50, 500);
    }

    @Test
    void aRushSizeBelowOneIsRefused() {
        assertThatThrownBy(() -> BenchMain.sizes("300,0")).hasMessageContaining("KIZUNA_BENCH_RUSH_SIZES");
    }
}
