package jp.kizuna.kpi.sheet;

import java.nio.charset.StandardCharsets;

import jp.kizuna.kpi.indicator.IndicatorService;
import jp.kizuna.platform.web.params.SupportedFiscalYear;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The evaluation sheet as HTML and PDF, and the KPI charts as SVG; all public. */
@RestController
class SheetController {

    static final MediaType SVG = MediaType.parseMediaType("image/svg+xml;charset=UTF-8");

    private final EvaluationSheetService sheets;
    private final SheetHtml html;
    private final IndicatorService indicators;
    private final TargetActualChart charts;
    private final SheetPdf pdf;

    SheetController(EvaluationSheetService sheets, SheetHtml html, IndicatorService indicators, TargetActualChart charts,
                    SheetPdf pdf) {
        this.sheets = sheets;
        this.html = html;
        this.pdf = pdf;
        this.indicators = indicators;
        this.charts = charts;
    }

    /** The sheet as an HTML page; {@code fiscalYear} names the sheet's year (its own by default). */
    @GetMapping(value = "/api/kpi/policy-fields/{field}/sheet", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> sheet(@PathVariable int field,
                                 @RequestParam(required = false) @SupportedFiscalYear Integer fiscalYear) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html.render(sheets.sheet(field, fiscalYear)));
    }

    /** The same sheet printed to PDF (A4), with its charts and an embedded Japanese font. */
    @GetMapping(value = "/api/kpi/policy-fields/{field}/sheet.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable int field,
                               @RequestParam(required = false) @SupportedFiscalYear Integer fiscalYear) {
        EvaluationSheet sheet = sheets.sheet(field, fiscalYear);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("evaluation-sheet-" + field + "-FY" + sheet.fiscalYear() + ".pdf").build().toString())
                .body(pdf.render(html.render(sheet)));
    }

    /** Target vs actual of one KPI across fiscal years. */
    @GetMapping(value = "/api/kpi/indicators/{code}/chart.svg", produces = "image/svg+xml")
    ResponseEntity<String> chart(@PathVariable String code) {
        return ResponseEntity.ok().contentType(SVG).body(charts.svg(indicators.describe(indicators.get(code), null)));
    }
}
