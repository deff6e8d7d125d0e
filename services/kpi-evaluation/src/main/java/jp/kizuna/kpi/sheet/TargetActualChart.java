package jp.kizuna.kpi.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import jp.kizuna.kpi.indicator.IndicatorKind;
import jp.kizuna.kpi.indicator.IndicatorResponse;
import jp.kizuna.kpi.indicator.SeriesPoint;
import org.springframework.stereotype.Component;

/**
 * Draws an indicator's targets and actuals across fiscal years as SVG: a bar per year for the
 * official actual (or, hatched, the derived value where there is no official one) and a line of
 * markers for the targets, with the final target as a dashed line.
 */
@Component
public class TargetActualChart {

    private static final int WIDTH = 480;
    private static final int HEIGHT = 260;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 36;
    private static final int BOTTOM = 44;
    private static final int LABEL_HEIGHT = 11;

    public String svg(IndicatorResponse indicator) {
        List<SeriesPoint> points = indicator.series();
        BigDecimal max = points.stream().flatMap(p -> java.util.stream.Stream.of(p.target(), value(p)))
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::max);
        if (indicator.finalTarget() != null) {
            max = max.max(indicator.finalTarget());
        }
        double top = indicator.kind() == IndicatorKind.RATE ? 100 : niceCeiling(max.doubleValue());
        double bottom = indicator.kind() == IndicatorKind.RATE ? Math.max(0, Math.floor(minOf(points) / 10) * 10 - 10) : 0;
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = plotWidth / Math.max(1, points.size());
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(indicator.name()))
                .append(" 目標と実績\" font-family=\"'Noto Sans JP', sans-serif\" font-size=\"11\">");
        svg.append("<title>").append(Html.escape(indicator.name())).append("（").append(Html.escape(indicator.unit()))
                .append("） 目標と実績</title>");
        svg.append("<defs><pattern id=\"derived\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"3\" height=\"6\" fill=\"#9ab8d8\"/></pattern></defs>");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"18\" font-size=\"13\" font-weight=\"bold\">")
                .append(Html.escape(indicator.name())).append("（").append(Html.escape(indicator.unit())).append("）</text>");
        for (int i = 0; i <= 4; i++) {
            double v = bottom + (top - bottom) * i / 4;
            double y = TOP + plotHeight - plotHeight * i / 4;
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "#ddd", null));
            svg.append(text(LEFT - 6, y + 4, format(v), "end"));
        }
        StringBuilder targetPath = new StringBuilder();
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            SeriesPoint p = points.get(i);
            double cx = LEFT + slot * i + slot / 2;
            BigDecimal value = value(p);
            if (value != null) {
                double y = y(value.doubleValue(), bottom, top, plotHeight);
                boolean official = p.actual() != null;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                                + "<title>%s 実績%s %s</title></rect>", cx - slot * 0.25, y, slot * 0.5,
                        TOP + plotHeight - y, official ? "#2f6db5" : "url(#derived)",
                        Html.escape(p.fiscalYear().japaneseLabel()), official ? "" : "（集計値）", value.toPlainString()));
                labels.append(valueLabel(cx, y, p.target() == null ? null
                        : y(p.target().doubleValue(), bottom, top, plotHeight), value.toPlainString()));
            }
            if (p.target() != null) {
                double y = y(p.target().doubleValue(), bottom, top, plotHeight);
                targetPath.append(targetPath.isEmpty() ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", cx, y));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#d9822b\">"
                        + "<title>%s 目標 %s</title></circle>", cx, y, Html.escape(p.fiscalYear().japaneseLabel()),
                        p.target().toPlainString()));
            }
            svg.append(text(cx, HEIGHT - BOTTOM + 16, p.fiscalYear().japaneseLabel(), "middle"));
        }
        if (!targetPath.isEmpty()) {
            svg.append("<path d=\"").append(targetPath).append("\" fill=\"none\" stroke=\"#d9822b\" stroke-width=\"2\"/>");
        }
        if (indicator.finalTarget() != null) {
            double y = y(indicator.finalTarget().doubleValue(), bottom, top, plotHeight);
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "#d9822b", "4 3"));
            svg.append(text(WIDTH - RIGHT, y - 4, "最終目標 " + indicator.finalTarget().toPlainString(), "end"));
        }
        svg.append(line(LEFT, TOP + plotHeight, WIDTH - RIGHT, TOP + plotHeight, "#333", null));
        svg.append(labels);
        svg.append(legend());
        return svg.append("</svg>").toString();
    }

    /**
     * A bar's value, above the bar; lifted above the year's target marker when the marker would
     * sit on the text, and drawn last with a white halo so that no line is drawn through it.
     */
    private static String valueLabel(double cx, double barTop, Double targetY, String value) {
        double baseline = barTop - 4;
        if (targetY != null && targetY > baseline - LABEL_HEIGHT - 4 && targetY < baseline + 6) {
            baseline = Math.min(baseline, targetY - 8);
        }
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" stroke=\"#fff\" "
                + "stroke-width=\"3\" paint-order=\"stroke\" class=\"value\">%s</text>", cx, Math.max(TOP - 2, baseline),
                Html.escape(value));
    }

    private static String legend() {
        int y = HEIGHT - 10;
        return "<rect x=\"" + LEFT + "\" y=\"" + (y - 9) + "\" width=\"10\" height=\"10\" fill=\"#2f6db5\"/>"
                + text(LEFT + 14, y, "実績", "start")
                + "<rect x=\"" + (LEFT + 50) + "\" y=\"" + (y - 9) + "\" width=\"10\" height=\"10\" fill=\"url(#derived)\"/>"
                + text(LEFT + 64, y, "集計値", "start")
                + "<circle cx=\"" + (LEFT + 160) + "\" cy=\"" + (y - 4) + "\" r=\"4\" fill=\"#d9822b\"/>"
                + text(LEFT + 168, y, "目標", "start");
    }

    private static BigDecimal value(SeriesPoint p) {
        return p.actual() != null ? p.actual().value() : p.derived() == null ? null : p.derived().value();
    }

    private static double minOf(List<SeriesPoint> points) {
        return points.stream().flatMap(p -> java.util.stream.Stream.of(p.target(), value(p)))
                .filter(java.util.Objects::nonNull).mapToDouble(BigDecimal::doubleValue).min().orElse(0);
    }

    private static double y(double value, double bottom, double top, double plotHeight) {
        double clamped = Math.max(bottom, Math.min(top, value));
        return TOP + plotHeight - plotHeight * (clamped - bottom) / (top - bottom);
    }

    private static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max * 1.1) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String format(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke, String dash) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>",
                x1, y1, x2, y2, stroke, dash == null ? "" : " stroke-dasharray=\"" + dash + "\"");
    }

    private static String text(double x, double y, String content, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x, y, anchor,
                Html.escape(content));
    }
}
