package jp.kizuna.web.events;

/** A page number from the address bar: anything that is not 0…10,000 is the first page. */
public final class PageNumbers {

    static final int MAX = 10_000;

    private PageNumbers() {
    }

    public static int parse(String value) {
        try {
            int page = Integer.parseInt(value.strip());
            return page >= 0 && page <= MAX ? page : 0;
        } catch (NumberFormatException | NullPointerException e) {
            return 0;
        }
    }
}
