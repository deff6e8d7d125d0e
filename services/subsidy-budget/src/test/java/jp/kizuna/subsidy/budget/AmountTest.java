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
    void printsAsTheSheetDoes() {
        assertThat(new Amount(43_916L).printed()).isEqualTo("43,916");
        assertThat(Amount.NOT_APPLICABLE.printed()).isEqualTo("－");
    }
}
