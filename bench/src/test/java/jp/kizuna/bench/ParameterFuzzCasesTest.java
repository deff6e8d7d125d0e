package jp.kizuna.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.kizuna.bench.EdgeValues.Expect;
import jp.kizuna.bench.ParameterFuzz.Case;
import org.junit.jupiter.api.Test;

/** The cases of an operation: every parameter location it has, the body whole and field by field, within the budget. */
class ParameterFuzzCasesTest {

    final List<ApiOperation> operations = ApiOperation.read("events", Http.JSON.readTree(ApiOperationTest.DOCUMENT));
    final EdgeValues edges = new EdgeValues(7, 2);

    @Test
    void anEditIsSpoiledInItsPathItsIfMatchAndItsBodyWithTheRestValid() {
        ApiOperation edit = operations.get(1);
        ParameterFuzz.Target target = new ParameterFuzz.Target(edit, Map.of("id", "e1"), List.of(),
                edit.bodyExamples().getFirst());
        target.pathMethods = java.util.Set.of("GET", "PUT");
        List<Case> cases = ParameterFuzz.cases(target, edges, 10);
        assertThat(cases).extracting(Case::location).containsOnly("path", "header", "body", "method");
        assertThat(cases).filteredOn(c -> c.location().equals("method")).singleElement()
                .satisfies(c -> assertThat(c.method()).isEqualTo("PATCH"));
        assertThat(cases).filteredOn(c -> c.location().equals("path")).allSatisfy(c -> assertThat(c.path()).containsKey("id"));
        assertThat(cases).filteredOn(c -> c.parameter().equals("If-Match")).extracting(Case::edgeClass)
                .contains(EdgeValues.MALFORMED, EdgeValues.OVERFLOW, EdgeValues.CONTROL, EdgeValues.MISSING);
        assertThat(cases).filteredOn(c -> c.location().equals("body") && c.whole() != null).extracting(Case::edgeClass)
                .contains(EdgeValues.STRUCTURE, EdgeValues.DUPLICATE_KEY, EdgeValues.LONG);
        List<Case> fields = cases.stream().filter(c -> c.location().equals("body") && c.body() != null).toList();
        assertThat(fields).hasSizeLessThanOrEqualTo(10).extracting(Case::parameter).contains("details.title");
    }

    @Test
    void aPagedListIsPagedAtItsLimitsPastItsEndAndWherePageTimesSizeOverflows() {
        ApiOperation list = operations.get(2);
        ParameterFuzz.Target target = new ParameterFuzz.Target(list, Map.of(), List.of(), null);
        List<Case> cases = ParameterFuzz.cases(target, edges, 10);
        assertThat(cases).filteredOn(c -> c.parameter().equals("page")).extracting(Case::shown, Case::expect)
                .contains(org.assertj.core.groups.Tuple.tuple("-1", Expect.REFUSE),
                        org.assertj.core.groups.Tuple.tuple("10000001", Expect.REFUSE),
                        org.assertj.core.groups.Tuple.tuple("10000000", Expect.ANY));
        assertThat(cases).filteredOn(c -> c.parameter().equals("page")).extracting(Case::edgeClass)
                .contains(EdgeValues.REPEATED, EdgeValues.MALFORMED, EdgeValues.OVERFLOW);
    }

    @Test
    void theSameSeedGivesTheSameCases() {
        ApiOperation edit = operations.get(1);
        ParameterFuzz.Target target = new ParameterFuzz.Target(edit, Map.of("id", "e1"), List.of(), edit.bodyExamples().getFirst());
        assertThat(ParameterFuzz.cases(target, new EdgeValues(7, 2), 10)).extracting(Case::shown)
                .isEqualTo(ParameterFuzz.cases(target, new EdgeValues(7, 2), 10).stream().map(Case::shown).toList());
    }
}
