package jp.kizuna.platform.text;

import java.util.List;

/**
 * CSV for the spreadsheet software used in Japanese offices and for open-data portals: UTF-8 with a
 * byte-order mark (without it Excel reads the file as Shift_JIS), CRLF line ends, RFC 4180 quoting.
 * A null cell is written empty.
 */
public final class CsvWriter {

    /** The byte-order mark, written first. */
    public static final String BOM = "\uFEFF";

    private final StringBuilder csv = new StringBuilder(BOM);

    public CsvWriter(List<String> header) {
        row(header);
    }

    public CsvWriter row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(cells.get(i)));
        }
        csv.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return csv.toString();
    }

    static String quote(String cell) {
        if (cell == null) {
            return "";
        }
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
