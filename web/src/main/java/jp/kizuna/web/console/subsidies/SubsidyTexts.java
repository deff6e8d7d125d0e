package jp.kizuna.web.console.subsidies;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jp.kizuna.web.text.JapaneseDates;
import org.springframework.stereotype.Component;

/** How the subsidy pages write amounts, days and moments (templates call it as {@code @subsidyTexts}). */
@Component("subsidyTexts")
public class SubsidyTexts {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** Yen as people write it: 300,000円, or ¥300,000 in English. */
    public String yen(Long amount, Locale locale) {
        if (amount == null) {
            return "—";
        }
        String digits = NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount);
        return JapaneseDates.japanese(locale) ? digits + "円" : "¥" + digits;
    }

    /**
     * A figure of a budget line in thousand yen as the sheet prints it: 15,020, 0, or 「－」 where it does not
     * apply (which is not zero).
     */
    public String thousandYen(Object figure) {
        if (figure instanceof Number number) {
            return NumberFormat.getIntegerInstance(Locale.JAPAN).format(number.longValue());
        }
        return figure == null ? "" : "－";
    }

    /** A figure as the correction form shows it: the number, or 「－」. */
    public String typedFigure(Object figure) {
        return figure instanceof Number number ? Long.toString(number.longValue()) : figure == null ? "" : "－";
    }

    public String date(LocalDate date, Locale locale) {
        return date == null ? "—" : JapaneseDates.date(date, locale);
    }

    /** A moment as the day and the wall-clock time in Aizuwakamatsu. */
    public String at(Instant at, Locale locale) {
        if (at == null) {
            return "—";
        }
        var local = at.atZone(TOKYO);
        return JapaneseDates.date(local.toLocalDate(), locale) + " " + TIME.format(local);
    }
}
