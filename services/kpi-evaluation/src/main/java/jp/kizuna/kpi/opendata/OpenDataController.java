package jp.kizuna.kpi.opendata;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.kizuna.kpi.indicator.IndicatorResponse;
import jp.kizuna.kpi.indicator.IndicatorService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Open data: the KPIs of a policy field and their series, as CSV and JSON. */
@RestController
class OpenDataController {

    private final IndicatorService indicators;

    OpenDataController(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @GetMapping(value = "/api/kpi/open-data/indicators.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "36") int policyField) {
        byte[] body = IndicatorCsv.write(describe(policyField)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("kpi-policy-field-" + policyField + ".csv").build().toString())
                .body(body);
    }

    @GetMapping(value = "/api/kpi/open-data/indicators.json", produces = MediaType.APPLICATION_JSON_VALUE)
    List<IndicatorResponse> json(@RequestParam(defaultValue = "36") int policyField) {
        return describe(policyField);
    }

    private List<IndicatorResponse> describe(int policyField) {
        return indicators.ofField(policyField).stream().map(i -> indicators.describe(i, null)).toList();
    }
}
