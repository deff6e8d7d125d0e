package jp.kizuna.registry;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kizuna.platform.testing.ParameterLimitsCheck;
import org.junit.jupiter.api.Test;

/** Every operation declares the platform's limits for the parameters that need one (docs/api.md). */
class ParameterLimitsTest {

    @Test
    void everyPageSizeFiscalYearDayAndSearchParameterDeclaresItsLimit() {
        assertThat(ParameterLimitsCheck.undeclared("jp.kizuna.registry")).isEmpty();
    }
}
