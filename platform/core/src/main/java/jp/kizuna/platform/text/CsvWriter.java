package jp.kizuna.platform.text;

import java.math.BigDecimal;
import java.util.List;

/**
 * CSV for the spreadsheet software used in Japanese offices and for open-data portals: UTF-8 with a
 * byte-order mark (without it Excel reads the file as Shift_JIS), CRLF line ends, RFC 4180 quoting.
 * A null cell is written empty.
 *
 * <p>The city's open data is opened in spreadsheets, which execute a cell that looks like a
 * formula. So a <em>text</em> cell (a {@link CharSequence}, or any other value but a number) that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, or with the
 * full-width {@code ＝ ＋ － ＠}, is neutralised as OWASP's CSV-injection rule says: prefixed with a
 * single quote and always quoted ({@code "'=1+2"}). Control characters other than line feeds and
 * tabs become spaces. A <em>number</em> cell ({@link Number}, written by the service from a value it
 * computed, such as a KPI's negative change) is written as the number it is, {@code -3.5}, and
 * never neutralised: it cannot carry a formula, and a quote would turn it into text for every
 * program that reads the file.
 */
public final class CsvWriter {

    /** The byte-order mark, written first. */
    public static final String BOM = "\uFEFF";

    private static final String FORMULA_STARTS = "=+-@\t\r＝＋－＠";

    private final StringBuilder csv = new StringBuilder(BOM);

    public CsvWriter(List<String> header) {
        row(header);
    }

    /** One row: each cell a text, a {@link Number} or null. */
    public CsvWriter row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return csv.toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return text(value.toString());
    }

    static String text(String cell) {
        String clean = withoutControls(cell);
        if (!clean.isEmpty() && FORMULA_STARTS.indexOf(clean.charAt(0)) >= 0) {
            return "\"'" + clean.replace("\"", "\"\"") + "\"";
        }
        if (clean.contains(",") || clean.contains("\"") || clean.contains("\n") || clean.contains("\r")) {
            return "\"" + clean.replace("\"", "\"\"") + "\"";
        }
        return clean;
    }

    private static String withoutControls(String cell) {
        StringBuilder clean = null;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            boolean control = (c < 0x20 || c >= 0x7F && c <= 0x9F) && c != '\n' && c != '\t' && c != '\r';
            if (control && clean == null) {
                clean = new StringBuilder(cell.substring(0, i));
            }
            if (clean != null) {
                clean.append(control ? ' ' : c);
            }
        }
        return clean == null ? cell : clean.toString();
    }
}
