package jp.kizuna.web.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import jp.kizuna.web.organizations.OrganizationViews.HistoricDate;
import jp.kizuna.web.organizations.OrganizationViews.Stage;
import org.junit.jupiter.api.Test;

class OrganizationTextsTest {

    private final OrganizationTexts texts = new OrganizationTexts();

    @Test
    void showsJapaneseReadersTheLabelOfTheRegister() {
        HistoricDate founded = new HistoricDate("2015-03", LocalDate.of(2015, 3, 1), LocalDate.of(2015, 3, 31), "平成27年3月", "MONTH");

        assertThat(texts.date(founded, Locale.JAPANESE)).isEqualTo("平成27年3月");
        assertThat(texts.date(founded, Locale.ENGLISH)).isEqualTo("March 2015");
    }

    @Test
    void writesADateAsPreciselyAsTheDocumentsGiveIt() {
        assertThat(texts.date(new HistoricDate("FY2019", LocalDate.of(2019, 4, 1), LocalDate.of(2020, 3, 31), null,
                "FISCAL_YEAR"), Locale.JAPANESE)).isEqualTo("令和元年度");
        assertThat(texts.date(new HistoricDate("2019", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), null, "YEAR"),
                Locale.ENGLISH)).isEqualTo("2019");
        assertThat(texts.date(new HistoricDate("2024-06-21", LocalDate.of(2024, 6, 21), LocalDate.of(2024, 6, 21), null, null),
                Locale.ENGLISH)).isEqualTo("Fri 21 June 2024");
        assertThat(texts.date(null, Locale.JAPANESE)).isEmpty();
    }

    @Test
    void showsTheEnglishNameToEnglishReadersWhereTheRegisterHasOne() {
        assertThat(texts.name("みんなと湊まちづくりネットワーク", "Minato Network", Locale.ENGLISH)).isEqualTo("Minato Network");
        assertThat(texts.language("Minato Network", Locale.ENGLISH)).isEqualTo("en");
        assertThat(texts.name("みんなと湊まちづくりネットワーク", " ", Locale.ENGLISH)).isEqualTo("みんなと湊まちづくりネットワーク");
        assertThat(texts.language(null, Locale.ENGLISH)).isEqualTo("ja");
        assertThat(texts.name("みんなと湊まちづくりネットワーク", "Minato Network", Locale.JAPANESE)).isEqualTo("みんなと湊まちづくりネットワーク");
    }

    @Test
    void numbersTheDevelopmentStages() {
        assertThat(new Stage("STEP_0", null, null, null).step()).isZero();
        assertThat(new Stage("STEP_4", null, null, null).step()).isEqualTo(4);
        assertThat(new Stage(null, null, null, null).step()).isEqualTo(-1);
    }
}
