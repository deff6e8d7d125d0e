package jp.kizuna.web.support;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Just enough JSON writing for the fake API's answers. */
final class Json {

    private Json() {
    }

    static String string(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    static String value(Object value) {
        return switch (value) {
            case null -> "null";
            case String text -> string(text);
            case Number number -> number.toString();
            case Boolean bool -> bool.toString();
            case Map<?, ?> map -> map.entrySet().stream()
                    .map(e -> string(e.getKey().toString()) + ":" + value(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
            case List<?> list -> list.stream().map(Json::value).collect(Collectors.joining(",", "[", "]"));
            default -> string(value.toString());
        };
    }
}
