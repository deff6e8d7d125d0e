package jp.kizuna.web.kpi;

import java.math.BigDecimal;
import java.util.List;

import jp.kizuna.web.api.PublicApi;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The KPIs of policy field 36 as the KPI service answers them ({@code /api/kpi/indicators}). */
@Component
public class Indicators {

    public record Indicator(String code, int number, String name, String unit, String kind, String definition,
                            String direction, BigDecimal finalTarget, String verification, List<Year> series) {

        public Indicator {
            series = series == null ? List.of() : List.copyOf(series);
        }
    }

    public record Year(FiscalYear fiscalYear, BigDecimal target, Value actual, Value derived,
                       BigDecimal differenceOfficialMinusDerived, BigDecimal achievementRate, String achievementBasis) {
    }

    public record FiscalYear(int year, String label, String japaneseLabel) {
    }

    /** An official (confirmed or entered) or derived value, with its state and basis. */
    public record Value(BigDecimal value, String state, String comment, String basis, String asOf) {
    }

    private static final ParameterizedTypeReference<List<Indicator>> LIST = new ParameterizedTypeReference<>() {
    };

    private final PublicApi api;

    Indicators(PublicApi api) {
        this.api = api;
    }

    public List<Indicator> all() {
        return api.get("/api/kpi/indicators", LIST);
    }
}
