package jp.kizuna.events.feed;

import java.time.format.DateTimeFormatter;
import java.util.List;

import jp.kizuna.events.event.CommunityEvent;
import jp.kizuna.events.event.EventDetails;
import jp.kizuna.events.event.EventStatus;
import jp.kizuna.events.event.Schedule;
import jp.kizuna.platform.text.CsvWriter;

/**
 * Published events in the layout of the Digital Agency's 自治体標準オープンデータセット 「イベント一覧」:
 * its 32 columns in its order, dates as yyyy-MM-dd and times as HH:mm. The municipality is 会津若松市
 * (全国地方公共団体コード 072028). An event whose day is not decided leaves 開始日 empty and says when
 * in 開始日時特記事項 (「令和6年10月予定」); a cancelled one says so in 備考. Fees, coordinates and
 * capacities are numbers; every text an organizer wrote is neutralised by {@link CsvWriter} when it
 * starts like a spreadsheet formula.
 */
final class EventListCsv {

    static final String MUNICIPALITY_CODE = "072028";
    static final List<String> COLUMNS = List.of("都道府県コード又は市区町村コード", "NO", "都道府県名", "市区町村名", "イベント名",
            "イベント名_カナ", "イベント名_英語", "開始日", "終了日", "開始時間", "終了時間", "開始日時特記事項", "説明", "料金(基本)",
            "料金(詳細)", "連絡先名称", "連絡先電話番号", "連絡先内線番号", "主催者", "場所名称", "住所", "方書", "緯度", "経度",
            "アクセス方法", "駐車場情報", "定員", "参加申込終了日", "参加申込終了時間", "参加申込方法", "URL", "備考");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private EventListCsv() {
    }

    static String write(List<CommunityEvent> events, String eventBaseUrl) {
        CsvWriter csv = new CsvWriter(COLUMNS);
        for (CommunityEvent event : events) {
            EventDetails d = event.details();
            Schedule s = d.schedule();
            csv.row(java.util.Arrays.asList(MUNICIPALITY_CODE, event.id(), "福島県", "会津若松市", d.title(), null, d.titleEn(),
                    s.dated() ? s.date().toString() : null,
                    s.dated() ? s.lastDay().toString() : null,
                    s.startTime() == null ? null : TIME.format(s.startTime()),
                    s.endTime() == null ? null : TIME.format(s.endTime()),
                    s.dated() ? null : s.japaneseLabel(),
                    d.description(),
                    d.fee() == null ? null : d.fee().basicYen(),
                    d.fee() == null ? null : d.fee().detail(),
                    d.contact() == null ? null : d.contact().name(),
                    d.contact() == null ? null : d.contact().phone(),
                    null,
                    event.organizerName(),
                    d.venue().name(),
                    d.venue().address(),
                    null,
                    d.venue().latitude(),
                    d.venue().longitude(),
                    d.venue().access(),
                    null,
                    d.capacity(),
                    d.registration().deadline() == null ? null : d.registration().deadline().toString(),
                    d.registration().deadlineTime() == null ? null : TIME.format(d.registration().deadlineTime()),
                    d.registration().required() ? method(d) : null,
                    d.url() != null ? d.url() : eventBaseUrl + event.id(),
                    remarks(event)));
        }
        return csv.toString();
    }

    private static String method(EventDetails d) {
        return d.registration().method() == null ? "Kizunaから申込" : d.registration().method();
    }

    private static String remarks(CommunityEvent event) {
        StringBuilder remarks = new StringBuilder();
        if (event.status() == EventStatus.CANCELLED) {
            remarks.append("中止");
            if (event.cancellationReason() != null) {
                remarks.append("（").append(event.cancellationReason()).append("）");
            }
        }
        EventDetails d = event.details();
        if (d.eligibility() != null) {
            remarks.append(remarks.isEmpty() ? "" : " ").append("対象：").append(d.eligibility());
        }
        if (d.entryPeriod() != null) {
            remarks.append(remarks.isEmpty() ? "" : " ").append("応募期間：").append(d.entryPeriod().opensOn()).append("～")
                    .append(d.entryPeriod().closesOn());
        }
        return remarks.toString();
    }
}
