package jp.kizuna.subsidy.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AmountTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aNumberOfThousandYenOrNotApplicable() {
        assertThat(JSON.readValue("15020", Amount.class)).isEqualTo(new Amount(15_020L));
        assertThat(JSON.readValue("\"NOT_APPLICABLE\"", Amount.class)).isEqualTo(Amount.NOT_APPLICABLE);
        assertThat(JSON.readValue("\"－\"", Amount.class)).isEqualTo(Amount.NOT_APPLICABLE);
        assertThat(JSON.writeValueAsString(new Amount(0L))).isEqualTo("0");
        assertThat(JSON.writeValueAsString(Amount.NOT_APPLICABLE)).isEqualTo("\"NOT_APPLICABLE\"");
    }

    @Test
    void fractionsNegativesAndTextAreRefused() {
        assertThatThrownBy(() -> JSON.readValue("1.5", Amount.class)).hasMessageContaining("whole thousand yen");
        assertThatThrownBy(() -> JSON.readValue("-1", Amount.class)).hasMessageContaining("negative");
        assertThatThrownBy(() -> JSON.readValue("\"zero\"", Amount.class)).hasMessageContaining("NOT_APPLICABLE");
    }

    @Test
    void anAmountBeyondAQuadrillionYenIsRefusedNotRoundedToTheLargestLong() {
        assertThat(JSON.readValue("999999999999", Amount.class)).isEqualTo(new Amount(999_999_999_999L));
        assertThat(JSON.readValue("1.5e3", Amount.class)).isEqualTo(new Amount(1_500L));
        for (String tooLarge : new String[] {"1E+400", "1000000000000", "1e20", "9223372036854775808"}) {
            assertThatThrownBy(() -> JSON.readValue(tooLarge, Amount.class)).as(tooLarge)
                    .hasMessageContaining("at most 999,999,999,999 thousand yen");
        }
    }

    @Test
    void printsAsTheSheetDoes() {
        assertThat(new Amount(43_916L).printed()).isEqualTo("43,916");
        assertThat(Amount.NOT_APPLICABLE.printed()).isEqualTo("－");
    }
}
