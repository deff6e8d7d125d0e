package jp.kizuna.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A flame graph as a self-contained SVG (no script): the outermost frame at the bottom, each frame as
 * wide as the share of samples it was on the stack for, its callers below it. Kizuna's own frames are
 * blue, the JDK's grey, libraries' warm; every box carries its full name and share as a tooltip
 * ({@code <title>}), so that a browser shows what a narrow box is.
 */
final class FlameGraph {

    private static final int WIDTH = 1600;
    private static final int ROW = 17;
    private static final double MIN_WIDTH = 0.3;

    private FlameGraph() {
    }

    private static final class Node {
        final String name;
        long samples;
        final Map<String, Node> children = new LinkedHashMap<>();

        Node(String name) {
            this.name = name;
        }

        int depth() {
            int deepest = 0;
            for (Node child : children.values()) {
                deepest = Math.max(deepest, child.depth());
            }
            return deepest + 1;
        }
    }

    static void write(Map<String, Long> folded, String title, Path svg) throws IOException {
        Node root = new Node("all");
        folded.forEach((stack, count) -> {
            root.samples += count;
            Node node = root;
            for (String frame : stack.split(";")) {
                node = node.children.computeIfAbsent(frame, Node::new);
                node.samples += count;
            }
        });
        int height = (root.depth() + 2) * ROW;
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" font-family=\"monospace\" font-size=\"11\" role=\"img\" aria-labelledby=\"t\">\n")
                .append("<title id=\"t\">").append(escape(title)).append(" (").append(root.samples).append(" samples)</title>\n")
                .append("<text x=\"4\" y=\"13\" font-size=\"13\">").append(escape(title)).append(" — ")
                .append(root.samples).append(" CPU samples</text>\n");
        if (root.samples > 0) {
            draw(out, root, 0, WIDTH, height - ROW, root.samples);
        }
        out.append("</svg>\n");
        Files.createDirectories(svg.getParent());
        Files.writeString(svg, out, StandardCharsets.UTF_8);
    }

    private static void draw(StringBuilder out, Node node, double x, double width, int y, long all) {
        double percent = node.samples * 100.0 / all;
        out.append("<g><title>").append(escape(node.name)).append(" (").append(node.samples).append(" samples, ")
                .append(String.format(Locale.ROOT, "%.1f", percent)).append(" %)</title><rect x=\"")
                .append(String.format(Locale.ROOT, "%.1f", x)).append("\" y=\"").append(y).append("\" width=\"")
                .append(String.format(Locale.ROOT, "%.1f", Math.max(width - 0.5, 0.1))).append("\" height=\"").append(ROW - 1)
                .append("\" fill=\"").append(colour(node.name)).append("\"/>");
        int fits = (int) ((width - 4) / 6.6);
        if (fits >= 3) {
            String label = shortName(node.name);
            out.append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", x + 2)).append("\" y=\"").append(y + ROW - 5)
                    .append("\">").append(escape(label.length() <= fits ? label : label.substring(0, fits - 1) + "…"))
                    .append("</text>");
        }
        out.append("</g>\n");
        double childX = x;
        for (Node child : node.children.values()) {
            double childWidth = width * child.samples / node.samples;
            if (childWidth >= MIN_WIDTH) {
                draw(out, child, childX, childWidth, y - ROW, all);
            }
            childX += childWidth;
        }
    }

    /** {@code a.b.Class.method} as {@code Class.method}: the package is in the tooltip. */
    static String shortName(String frame) {
        int method = frame.lastIndexOf('.');
        int type = method <= 0 ? -1 : frame.lastIndexOf('.', method - 1);
        return type < 0 ? frame : frame.substring(type + 1);
    }

    private static String colour(String frame) {
        int hash = Math.abs(frame.hashCode() % 40);
        if (frame.startsWith("jp.kizuna.")) {
            return "rgb(" + (80 + hash) + "," + (140 + hash) + ",230)";
        }
        if (frame.startsWith("java.") || frame.startsWith("jdk.") || frame.startsWith("sun.")) {
            return "rgb(" + (170 + hash) + "," + (170 + hash) + "," + (170 + hash) + ")";
        }
        return "rgb(240," + (120 + hash * 2) + "," + (40 + hash) + ")";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
