package jp.kizuna.kpi.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kizuna.kpi.indicator.Actual;
import jp.kizuna.kpi.indicator.ActualState;
import jp.kizuna.kpi.indicator.DerivationSource;
import jp.kizuna.kpi.indicator.Direction;
import jp.kizuna.kpi.indicator.FiscalYearLabel;
import jp.kizuna.kpi.indicator.IndicatorKind;
import jp.kizuna.kpi.indicator.IndicatorResponse;
import jp.kizuna.kpi.indicator.SeriesPoint;
import jp.kizuna.platform.time.FiscalYear;
import org.junit.jupiter.api.Test;

class TargetActualChartTest {

    private static final Pattern VALUE_LABEL = Pattern.compile("<text x=\"([0-9.]+)\" y=\"([0-9.]+)\"[^>]*class=\"value\">([^<]+)</text>");
    private static final Pattern TARGET_MARKER = Pattern.compile("<circle cx=\"([0-9.]+)\" cy=\"([0-9.]+)\" r=\"4\" fill=\"#d9822b\"><title>");

    private final TargetActualChart chart = new TargetActualChart();

    /** The membership rate as the sheet prints it: actuals a hair from the 92.0 target. */
    private static IndicatorResponse membershipRate() {
        return new IndicatorResponse("membership-rate", 36, 1, "町内会加入率", "％", IndicatorKind.RATE, "定義",
                Direction.HIGHER_IS_BETTER, DerivationSource.MEMBERSHIP_REPORTS, new BigDecimal("92.0"), "",
                List.of(point(2022, "92.0", "91.2"), point(2023, "92.0", "92.2"), point(2024, "92.0", "92.0")), 0);
    }

    private static SeriesPoint point(int year, String target, String actual) {
        return new SeriesPoint(FiscalYearLabel.of(FiscalYear.of(year)), new BigDecimal(target),
                new Actual(new BigDecimal(actual), ActualState.CONFIRMED, null, "seed", "seed", Instant.EPOCH, "seed", "seed",
                        Instant.EPOCH), null, null, null, null);
    }

    @Test
    void aValueLabelNeverSitsOnItsYearsTargetMarker() {
        String svg = chart.svg(membershipRate());

        List<double[]> markers = new ArrayList<>();
        Matcher marker = TARGET_MARKER.matcher(svg);
        while (marker.find()) {
            markers.add(new double[] {Double.parseDouble(marker.group(1)), Double.parseDouble(marker.group(2))});
        }
        Matcher label = VALUE_LABEL.matcher(svg);
        int labels = 0;
        while (label.find()) {
            labels++;
            double x = Double.parseDouble(label.group(1));
            double baseline = Double.parseDouble(label.group(2));
            double[] sameYear = markers.stream().filter(m -> Math.abs(m[0] - x) < 0.5).findFirst().orElseThrow();
            double markerTop = sameYear[1] - 4;
            assertThat(baseline).as("label %s stays above the target marker at %s", label.group(3), sameYear[1])
                    .isLessThanOrEqualTo(markerTop);
        }
        assertThat(labels).isEqualTo(3);
    }

    @Test
    void valueLabelsAreDrawnAfterTheTargetLineWithAHalo() {
        String svg = chart.svg(membershipRate());

        assertThat(svg.indexOf("class=\"value\"")).isGreaterThan(svg.indexOf("<path d="));
        assertThat(svg).contains("paint-order=\"stroke\"");
    }
}
