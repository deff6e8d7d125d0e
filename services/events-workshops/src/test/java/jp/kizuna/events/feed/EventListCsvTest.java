package jp.kizuna.events.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.kizuna.events.event.CommunityEvent;
import jp.kizuna.events.event.EventFixtures;
import jp.kizuna.events.event.Schedule;
import org.junit.jupiter.api.Test;

/** The open-data CSV against the published layout of 自治体標準オープンデータセット 「イベント一覧」. */
public class EventListCsvTest {

    /** The layout's columns in their order, as the Digital Agency publishes them. */
    public static final String PUBLISHED_HEADER = "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,イベント名,イベント名_カナ,"
            + "イベント名_英語,開始日,終了日,開始時間,終了時間,開始日時特記事項,説明,料金(基本),料金(詳細),連絡先名称,連絡先電話番号,"
            + "連絡先内線番号,主催者,場所名称,住所,方書,緯度,経度,アクセス方法,駐車場情報,定員,参加申込終了日,参加申込終了時間,"
            + "参加申込方法,URL,備考";

    /** One record's cells, read as RFC 4180 says (quoted cells may hold commas and doubled quotes). */
    static List<String> cells(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    @Test
    void theHeaderIsThePublishedLayoutAfterAByteOrderMark() {
        String csv = EventListCsv.write(List.of(), "https://kizuna.example/api/events/");

        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.substring(1)).isEqualTo(PUBLISHED_HEADER + "\r\n");
    }

    @Test
    void aSessionFillsTheColumnsOfItsDayTimesVenueAndDeadline() {
        CommunityEvent first = EventFixtures.published("ikki-workshop-2024-1", EventFixtures.firstIkkiWorkshop());

        String[] lines = EventListCsv.write(List.of(first), "https://kizuna.example/api/events/").split("\r\n");
        List<String> header = cells(lines[0].substring(1));
        List<String> row = cells(lines[1]);

        assertThat(row).hasSize(32);
        assertThat(row.get(header.indexOf("都道府県コード又は市区町村コード"))).isEqualTo("072028");
        assertThat(row.get(header.indexOf("市区町村名"))).isEqualTo("会津若松市");
        assertThat(row.get(header.indexOf("イベント名"))).isEqualTo("一箕地区まちづくりワークショップ 第1回");
        assertThat(row.get(header.indexOf("イベント名_英語"))).isEqualTo("Ikki District Community Planning Workshop, session 1");
        assertThat(row.get(header.indexOf("開始日"))).isEqualTo("2024-06-21");
        assertThat(row.get(header.indexOf("終了日"))).isEqualTo("2024-06-21");
        assertThat(row.get(header.indexOf("開始時間"))).isEqualTo("18:30");
        assertThat(row.get(header.indexOf("終了時間"))).isEqualTo("20:00");
        assertThat(row.get(header.indexOf("料金(基本)"))).isEqualTo("0");
        assertThat(row.get(header.indexOf("主催者"))).isEqualTo("一箕地区ひとみ創造ネットワーク");
        assertThat(row.get(header.indexOf("場所名称"))).isEqualTo("一箕公民館");
        assertThat(row.get(header.indexOf("緯度"))).isEqualTo("37.5");
        assertThat(row.get(header.indexOf("定員"))).isEqualTo("40");
        assertThat(row.get(header.indexOf("参加申込終了日"))).isEqualTo("2024-06-19");
        assertThat(row.get(header.indexOf("参加申込方法"))).isEqualTo("かんたん申請・申込システム");
        assertThat(row.get(header.indexOf("URL"))).isEqualTo("https://kizuna.example/api/events/ikki-workshop-2024-1");
        assertThat(row.get(header.indexOf("備考"))).isEqualTo("対象：一箕地区にお住まい、または一箕地区で働いている人");
    }

    @Test
    void aSessionWhoseDayIsNotDecidedSaysWhenInTheNotesColumn() {
        CommunityEvent fifth = EventFixtures.published("ikki-workshop-2024-5", EventFixtures.withTitle(
                EventFixtures.firstIkkiWorkshop(), "第5回", new Schedule(null, null, java.time.LocalTime.of(18, 30),
                        java.time.LocalTime.of(20, 0), "2024-10", null)));

        String[] lines = EventListCsv.write(List.of(fifth), "https://kizuna.example/api/events/").split("\r\n");
        List<String> header = cells(lines[0].substring(1));
        List<String> row = cells(lines[1]);

        assertThat(row.get(header.indexOf("開始日"))).isEmpty();
        assertThat(row.get(header.indexOf("開始時間"))).isEqualTo("18:30");
        assertThat(row.get(header.indexOf("開始日時特記事項"))).isEqualTo("令和6年10月予定 18時30分から20時");
    }

    @Test
    void textThatStartsLikeAFormulaIsNeutralisedWhileNumbersStayNumbers() {
        CommunityEvent formula = EventFixtures.published("formula", EventFixtures.withTitle(EventFixtures.firstIkkiWorkshop(),
                "=HYPERLINK(\"http://evil.example\",\"申込\")", EventFixtures.firstIkkiWorkshop().schedule()));

        String csv = EventListCsv.write(List.of(formula), "https://kizuna.example/api/events/");

        List<String> row = cells(csv.split("\r\n")[1]);
        assertThat(row.get(EventListCsv.COLUMNS.indexOf("イベント名"))).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"申込\")");
        assertThat(row.get(EventListCsv.COLUMNS.indexOf("緯度"))).isEqualTo("37.5");
        assertThat(row.get(EventListCsv.COLUMNS.indexOf("定員"))).isEqualTo("40");
    }
}
