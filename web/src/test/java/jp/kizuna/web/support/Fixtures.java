package jp.kizuna.web.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The API's answers the page tests serve, shaped as the services write them (files under {@code api/}). */
public final class Fixtures {

    private Fixtures() {
    }

    public static String json(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/api/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture api/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page of a list, as the API pages every list. */
    public static String page(int page, int size, long totalItems, String... items) {
        int totalPages = (int) ((totalItems + size - 1) / size);
        return Arrays.stream(items).collect(Collectors.joining(",", "{\"items\":[", "],\"page\":" + page + ",\"size\":" + size
                + ",\"totalItems\":" + totalItems + ",\"totalPages\":" + totalPages + "}"));
    }

    public static String page(String... items) {
        return page(0, 20, items.length, items);
    }

    public static String emptyPage() {
        return page(0, 20, 0);
    }
}
