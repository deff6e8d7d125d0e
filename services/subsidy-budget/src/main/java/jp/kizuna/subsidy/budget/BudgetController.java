package jp.kizuna.subsidy.budget;

import java.util.List;

import jakarta.validation.Valid;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.OptionalIfMatch;
import jp.kizuna.platform.web.params.SupportedFiscalYear;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Project budgets (財務内容) by fiscal year, in thousand yen. */
@RestController
class BudgetController {

    private final BudgetService service;

    BudgetController(BudgetService service) {
        this.service = service;
    }

    /** A fiscal year's lines of a policy field (start year: 2023 = 令和5年度) with totals per measure and field. */
    @GetMapping("/api/subsidies/budgets")
    BudgetResponses.Year year(@RequestParam(defaultValue = "36") int policyField,
                              @RequestParam @SupportedFiscalYear int fiscalYear) {
        return service.year(policyField, fiscalYear);
    }

    @GetMapping("/api/subsidies/budgets/{projectCode}/{fiscalYear}")
    ResponseEntity<BudgetResponses.Line> line(@PathVariable String projectCode, @PathVariable @SupportedFiscalYear int fiscalYear) {
        ProjectBudget line = service.get(projectCode, fiscalYear);
        return ResponseEntity.ok().eTag(IfMatch.etag(line.version())).body(BudgetResponses.Line.of(line));
    }

    @GetMapping("/api/subsidies/budgets/{projectCode}/{fiscalYear}/history")
    List<BudgetChange> history(@PathVariable String projectCode, @PathVariable @SupportedFiscalYear int fiscalYear) {
        return service.get(projectCode, fiscalYear).history().reversed();
    }

    /** Records a line, or corrects it (then with {@code If-Match}). */
    @OptionalIfMatch
    @PutMapping("/api/subsidies/budgets/{projectCode}/{fiscalYear}")
    ResponseEntity<BudgetResponses.Line> record(@PathVariable String projectCode,
                                                @PathVariable @SupportedFiscalYear int fiscalYear,
                                                @Valid @RequestBody BudgetEntry entry, IfMatch ifMatch) {
        ProjectBudget line = service.record(projectCode, fiscalYear, ifMatch, entry);
        return ResponseEntity.ok().eTag(IfMatch.etag(line.version())).body(BudgetResponses.Line.of(line));
    }
}
