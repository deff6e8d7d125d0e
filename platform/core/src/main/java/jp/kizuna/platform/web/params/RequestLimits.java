package jp.kizuna.platform.web.params;

/**
 * The limits every service applies to what a request names in its URL, documented in docs/api.md
 * and in each operation's OpenAPI parameters.
 */
public final class RequestLimits {

    /** The largest page a list answers ({@code size}). */
    public static final int MAX_PAGE_SIZE = 200;
    /**
     * The highest page number ({@code page}, counted from 0). With the largest page size the first
     * item it skips still fits the databases' 32-bit skip, so a far page is empty, never the first.
     */
    public static final int MAX_PAGE = 10_000_000;
    /** The longest search text ({@code q}). */
    public static final int MAX_SEARCH_TEXT = 100;
    /** The longest value of any query parameter or path variable. */
    public static final int MAX_PARAMETER = 200;

    private RequestLimits() {
    }
}
