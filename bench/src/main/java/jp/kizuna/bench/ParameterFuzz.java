package jp.kizuna.bench;

import java.io.PrintStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jp.kizuna.bench.EdgeValues.Edge;
import jp.kizuna.bench.EdgeValues.Expect;
import jp.kizuna.bench.EdgeValues.FieldEdge;
import tools.jackson.databind.JsonNode;

/**
 * Fuzzing of every operation the four OpenAPI documents publish, through the gateway: each path, query
 * and header parameter and each body field in turn gets edge values of every class (boundaries,
 * out-of-range, overflow, far and malformed dates, control, bidirectional and invisible characters, very
 * long, duplicate keys, type coercion …) while the rest of the request stays valid, so that the value
 * reaches the check it is meant for.
 *
 * <p>Each answer is held to the platform's promises: never a 5xx; every 4xx an RFC 9457 problem with a
 * {@code type}; a 405 with {@code Allow}; one {@code X-Request-Id}; a value outside the documented limits
 * refused; a paged list consistent however it is paged; and a refused write stores nothing — the
 * service's MongoDB collections are compared before and after it ({@link StoredState}), not just its
 * status. Afterwards every read is asked again (a stored bad record must not break it) and the open
 * data files are checked for what a spreadsheet or a calendar would run or choke on.
 */
final class ParameterFuzz {

    /** The database of each document's service (each service's {@code spring.mongodb.database} default). */
    static final Map<String, String> DATABASES = Map.of("registry", "kizuna_registry", "kpi", "kizuna_kpi",
            "subsidies", "kizuna_subsidy", "events", "kizuna_events");
    static final List<String> DOCUMENTS = List.of("registry", "kpi", "subsidies", "events");
    private static final List<String> ALL_DATABASES = DOCUMENTS.stream().map(DATABASES::get).toList();
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Duration QUIET = Duration.ofSeconds(30);
    /** The problem type of a role that may not call an operation (not the gateway's CORS refusal). */
    private static final String FORBIDDEN = "urn:kizuna:problem:forbidden";
    private static final int SHOWN_BODY = 2_000;

    /**
     * One request of the fuzzing: what it spoils and how, and what a right answer is. Empty overrides
     * ({@code path}, {@code headers}) and nulls ({@code query}, {@code whole}, {@code body}, {@code method})
     * leave the operation's valid request as it is.
     */
    record Case(String location, String parameter, String edgeClass, Expect expect, String shown,
                Map<String, String> path, List<String[]> query, Map<String, String> headers, JsonBodies.Whole whole,
                JsonNode body, String method) {

        Case(String location, String parameter, String edgeClass, Expect expect, String shown, Map<String, String> path,
             List<String[]> query, Map<String, String> headers, JsonBodies.Whole whole, JsonNode body) {
            this(location, parameter, edgeClass, expect, shown, path, query, headers, whole, body, null);
        }
    }

    /** An operation made ready: its path values, valid query and body, the role that may call it, its version. */
    static final class Target {
        final ApiOperation operation;
        final Map<String, String> path;
        final List<String[]> query;
        final JsonNode body;
        final boolean ifMatch;
        /** The methods the documents list for the operation's path. */
        Set<String> pathMethods = Set.of();
        String role = "city-admin";
        String etag;
        JsonNode baselineAnswer;
        int baselineStatus;

        Target(ApiOperation operation, Map<String, String> path, List<String[]> query, JsonNode body) {
            this.operation = operation;
            this.path = path;
            this.query = query;
            this.body = body;
            this.ifMatch = operation.in("header").stream().anyMatch(header -> header.name().equalsIgnoreCase("If-Match"));
        }
    }

    private final FuzzClient client;
    private final StoredState stored;
    private final EdgeValues edges;
    private final FuzzFixtures fixtures;
    private final int bodyCases;
    private final PrintStream out;
    private final Map<String, Map<String, Map<String, long[]>>> tally = new TreeMap<>();
    private final List<Map<String, Object>> violations = new ArrayList<>();
    private final Set<String> neverAccepted = new LinkedHashSet<>();
    private final Map<String, String> writeBaselines = new TreeMap<>();
    private final List<String> outputsChecked = new ArrayList<>();
    private final Map<String, StoredState.Snapshot> current = new LinkedHashMap<>();
    private List<ApiOperation> operations = List.of();
    private long requests;
    private long caseNumber;

    /**
     * @param samples   random values each random edge class draws per parameter or field
     * @param bodyCases field values tried per body (beside the bodies wrong as a whole)
     */
    ParameterFuzz(FuzzClient client, StoredState stored, long seed, int samples, int bodyCases, PrintStream out) {
        this.client = client;
        this.stored = stored;
        this.edges = new EdgeValues(seed, samples);
        this.fixtures = new FuzzFixtures(client);
        this.bodyCases = bodyCases;
        this.out = out;
    }

    /** Fuzzes the operations of the given OpenAPI documents (by name) and returns what happened. */
    Map<String, Object> run(Map<String, JsonNode> documents) throws InterruptedException {
        List<ApiOperation> all = new ArrayList<>();
        documents.forEach((name, document) -> all.addAll(ApiOperation.read(name, document)));
        operations = all;
        stored.learnSelfChangingCollections(ALL_DATABASES, Duration.ofSeconds(16));
        Map<String, Target> reads = new LinkedHashMap<>();
        for (String document : documents.keySet()) {
            List<ApiOperation> ofDocument = all.stream().filter(operation -> operation.document().equals(document)).toList();
            out.println("[drill] fuzzing " + ofDocument.size() + " operations of /api/docs/" + document);
            stored.awaitQuiet(ALL_DATABASES, QUIET);
            long requestsBefore = requests;
            int violationsBefore = violations.size();
            for (ApiOperation operation : ofDocument) {
                Target target = prepare(operation);
                if (!operation.writes()) {
                    reads.put(operation.key(), target);
                }
                fuzz(target);
            }
            out.println("[drill]   " + (requests - requestsBefore) + " requests, " + (violations.size() - violationsBefore)
                    + " violations");
        }
        stored.awaitQuiet(ALL_DATABASES, QUIET);
        readsAgain(reads);
        eventRules();
        openData();
        return result();
    }

    // ---- preparing an operation

    private Target prepare(ApiOperation operation) throws InterruptedException {
        Map<String, String> path = fixtures.pathValues(operation);
        List<String[]> query = new ArrayList<>();
        for (ApiOperation.Parameter parameter : operation.in("query")) {
            if (parameter.required()) {
                query.add(new String[] {parameter.name(), JsonBodies.parameterText(parameter.schema())});
            }
        }
        JsonNode body = null;
        if (operation.hasBody()) {
            body = operation.bodyExamples().isEmpty() ? JsonBodies.synthesize(operation.bodySchema())
                    : operation.bodyExamples().getFirst();
            body = FuzzBaselines.body(operation, body);
        }
        Target target = new Target(operation, path, query, body);
        target.pathMethods = operations.stream().filter(other -> other.path().equals(operation.path()))
                .map(ApiOperation::method).collect(java.util.stream.Collectors.toSet());
        if (operation.writes()) {
            stored.awaitQuiet(ALL_DATABASES, QUIET);
            current.put(DATABASES.get(operation.document()), stored.snapshot(DATABASES.get(operation.document())));
            if (target.ifMatch) {
                refreshEtag(target);
            }
        }
        return target;
    }

    /** The version to send in If-Match: the ETag of the nearest documented read above the operation's path. */
    private void refreshEtag(Target target) throws InterruptedException {
        String path = target.operation.path();
        List<ApiOperation> reads = operations.stream()
                .filter(read -> !read.writes() && (path.equals(read.path()) || path.startsWith(read.path() + "/")))
                .sorted((a, b) -> b.path().length() - a.path().length()).toList();
        List<String> paths = new ArrayList<>(reads.stream().map(read -> FuzzFixtures.expand(read.path(), target.path)).toList());
        FuzzFixtures.versionedElsewhere(target.operation, target.path).ifPresent(paths::add);
        for (String read : paths) {
            FuzzClient.Answer answer = client.json("GET", read, target.role, null, null);
            if (answer.ok() && answer.header("ETag") != null) {
                target.etag = answer.header("ETag");
                return;
            }
        }
    }

    // ---- the cases

    private void fuzz(Target target) throws InterruptedException {
        ApiOperation operation = target.operation;
        if (!operation.writes()) {
            FuzzClient.Answer baseline = send(target, baseline("the valid request"));
            if (baseline != null && (baseline.status() == 401 || baseline.status() == 403)) {
                target.role = "resident";
                baseline = send(target, baseline("the valid request as a resident"));
            }
            target.baselineStatus = baseline == null ? -1 : baseline.status();
            target.baselineAnswer = baseline == null ? null : baseline.json();
        }
        for (Case fuzzCase : cases(target, edges, bodyCases)) {
            send(target, fuzzCase);
        }
        if (operation.writes()) {
            // last, so that an accepted valid write (a dissolution, a cancellation) cannot change what the cases met
            if (target.ifMatch) {
                refreshEtag(target);
            }
            FuzzClient.Answer baseline = send(target, baseline("the valid request"));
            writeBaselines.put(operation.key(), baseline.ok() ? Integer.toString(baseline.status())
                    : baseline.status() + " " + abbreviate(baseline.json().path("detail").asString(baseline.body()), 200));
        }
    }

    private static Case baseline(String shown) {
        return new Case("none", "", "baseline", Expect.ANY, shown, Map.of(), null, Map.of(), null, null);
    }

    /** Every case of an operation: each path, query and header parameter in turn, then the body. */
    static List<Case> cases(Target target, EdgeValues edges, int bodyCases) {
        ApiOperation operation = target.operation;
        String key = operation.key();
        List<Case> cases = new ArrayList<>();
        for (ApiOperation.Parameter parameter : operation.in("path")) {
            for (Edge edge : edges.forParameter(key + " path " + parameter.name(), parameter.schema())) {
                Map<String, String> path = new LinkedHashMap<>(target.path);
                path.put(parameter.name(), edge.text());
                cases.add(new Case("path", parameter.name(), edge.edgeClass(), edge.expect(), edge.text(), path, null,
                        Map.of(), null, null));
            }
        }
        for (ApiOperation.Parameter parameter : operation.in("query")) {
            List<Edge> values = edges.forParameter(key + " query " + parameter.name(), parameter.schema());
            for (Edge edge : values) {
                cases.add(new Case("query", parameter.name(), edge.edgeClass(), edge.expect(), edge.text(), Map.of(),
                        withQuery(target.query, parameter.name(), edge.text()), Map.of(), null, null));
            }
            String valid = JsonBodies.parameterText(parameter.schema());
            values.stream().filter(edge -> edge.expect() == Expect.REFUSE).findFirst().ifPresent(refused -> {
                List<String[]> twice = withQuery(target.query, parameter.name(), valid);
                twice.add(new String[] {parameter.name(), refused.text()});
                cases.add(new Case("query", parameter.name(), EdgeValues.REPEATED, Expect.ANY,
                        valid + " and " + refused.text(), Map.of(), twice, Map.of(), null, null));
            });
        }
        cases.addAll(pagingCombinations(target));
        cases.addAll(headers(target, edges));
        List.of("PATCH", "PUT", "DELETE", "POST").stream().filter(method -> !target.pathMethods.contains(method)
                && !method.equals(operation.method())).findFirst().ifPresent(method -> cases.add(new Case("method", method,
                EdgeValues.MALFORMED, Expect.REFUSE, method + " " + operation.path(), Map.of(), null, Map.of(), null, null,
                method)));
        if (operation.hasBody()) {
            cases.addAll(body(target, edges, bodyCases));
        }
        return cases;
    }

    /** Both paging parameters at once: at their limits, past the end of the list, and where page × size overflows. */
    private static List<Case> pagingCombinations(Target target) {
        ApiOperation.Parameter page = parameter(target.operation, "page");
        ApiOperation.Parameter size = parameter(target.operation, "size");
        if (page == null || size == null) {
            return List.of();
        }
        long maxPage = page.schema().path("maximum").asLong(Integer.MAX_VALUE);
        long maxSize = size.schema().path("maximum").asLong(1_000);
        long totalItems = target.baselineAnswer == null ? 0 : target.baselineAnswer.path("totalItems").asLong(0);
        List<long[]> combinations = List.of(new long[] {maxPage, maxSize}, new long[] {totalItems / maxSize + 1, maxSize},
                new long[] {Integer.MAX_VALUE / maxSize + 1, maxSize}, new long[] {Integer.MAX_VALUE, Integer.MAX_VALUE});
        List<Case> cases = new ArrayList<>();
        for (long[] combination : combinations) {
            boolean documented = combination[0] <= maxPage && combination[1] <= maxSize;
            List<String[]> query = withQuery(target.query, "page", Long.toString(combination[0]));
            query = withQuery(query, "size", Long.toString(combination[1]));
            cases.add(new Case("query", "page×size", EdgeValues.OVERFLOW, documented ? Expect.ANY : Expect.REFUSE,
                    "page=" + combination[0] + "&size=" + combination[1], Map.of(), query, Map.of(), null, null));
        }
        return cases;
    }

    /** The documented If-Match, and the headers every operation reads (request id, Accept, trace context, token). */
    private static List<Case> headers(Target target, EdgeValues edges) {
        String key = target.operation.key();
        List<Case> cases = new ArrayList<>();
        if (target.ifMatch) {
            for (Edge edge : edges.forIfMatch(key + " header If-Match")) {
                cases.add(new Case("header", "If-Match", edge.edgeClass(), edge.expect(), edge.text(), Map.of(), null,
                        Map.of("If-Match", edge.text()), null, null));
            }
            Map<String, String> without = new LinkedHashMap<>();
            without.put("If-Match", null);
            cases.add(new Case("header", "If-Match", EdgeValues.MISSING, Expect.ANY, "(none)", Map.of(), null, without,
                    null, null));
        }
        List<Edge> requestIds = List.of(new Edge(EdgeValues.LONG, Expect.ANY, "r".repeat(65)),
                new Edge(EdgeValues.MALFORMED, Expect.ANY, "a b;c"),
                new Edge(EdgeValues.UNICODE, Expect.ANY, "会津-1"));
        for (Edge edge : requestIds) {
            cases.add(new Case("header", "X-Request-Id", edge.edgeClass(), edge.expect(), edge.text(), Map.of(), null,
                    Map.of("X-Request-Id", edge.text()), null, null));
        }
        cases.add(new Case("header", "Accept", EdgeValues.MALFORMED, Expect.ANY, "application/x-drill;q=zz", Map.of(),
                null, Map.of("Accept", "application/x-drill;q=zz"), null, null));
        cases.add(new Case("header", "traceparent", EdgeValues.MALFORMED, Expect.ANY, "00-zz-zz-01", Map.of(), null,
                Map.of("traceparent", "00-zz-zz-01"), null, null));
        cases.add(new Case("header", "Origin", EdgeValues.MALFORMED, Expect.ANY, "https://drill.invalid", Map.of(), null,
                Map.of("Origin", "https://drill.invalid"), null, null));
        cases.add(new Case("header", "Authorization", EdgeValues.MALFORMED,
                target.operation.writes() ? Expect.REFUSE : Expect.ANY, "Bearer drill.not.a-token", Map.of(), null,
                Map.of("Authorization", "Bearer drill.not.a-token"), null, null));
        return cases;
    }

    /** Bodies wrong as a whole, required fields left out or null, then field values chosen within the budget. */
    private static List<Case> body(Target target, EdgeValues edges, int bodyCases) {
        String key = target.operation.key();
        List<Case> cases = new ArrayList<>();
        for (JsonBodies.Whole whole : JsonBodies.wholes(target.body, target.operation.bodyRequired())) {
            cases.add(new Case("body", "(whole body)", whole.edgeClass(), whole.expect(), whole.what(), Map.of(), null,
                    Map.of(), whole, null));
        }
        JsonNode schema = target.operation.bodySchema();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asString()));
        for (String name : required.subList(0, Math.min(3, required.size()))) {
            cases.add(new Case("body", name, EdgeValues.MISSING, Expect.REFUSE, "(left out)", Map.of(), null, Map.of(),
                    null, JsonBodies.without(target.body, List.of(name))));
            cases.add(new Case("body", name, EdgeValues.MISSING, Expect.REFUSE, "null", Map.of(), null, Map.of(), null,
                    JsonBodies.with(target.body, List.of(name), Http.JSON.nullNode())));
        }
        for (var choice : chooseFieldEdges(key, JsonBodies.fields(target.body, schema), edges, bodyCases)) {
            JsonBodies.Field field = choice.getKey();
            FieldEdge edge = choice.getValue();
            cases.add(new Case("body", field.name(), edge.edgeClass(), edge.expect(), shown(edge.value()), Map.of(), null,
                    Map.of(), null, JsonBodies.with(target.body, field.path(), edge.value())));
        }
        return cases;
    }

    /**
     * Which field gets which value, at most {@code bodyCases} of them: every edge class once, then every
     * field once, then the rest, each step in an order drawn from the seed.
     */
    private static List<Map.Entry<JsonBodies.Field, FieldEdge>> chooseFieldEdges(String key, List<JsonBodies.Field> fields,
                                                                                EdgeValues edges, int bodyCases) {
        List<Map.Entry<JsonBodies.Field, FieldEdge>> all = new ArrayList<>();
        for (JsonBodies.Field field : fields) {
            for (FieldEdge edge : edges.forField(key + " body " + field.name(), field.schema(), field.valid())) {
                all.add(Map.entry(field, edge));
            }
        }
        List<Map.Entry<JsonBodies.Field, FieldEdge>> order = edges.shuffled(key + " body order", all);
        List<Map.Entry<JsonBodies.Field, FieldEdge>> chosen = new ArrayList<>();
        Set<String> classes = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (var entry : order) {
            if (chosen.size() < bodyCases && classes.add(entry.getValue().edgeClass() + "/" + entry.getValue().expect())) {
                chosen.add(entry);
            }
        }
        for (var entry : order) {
            if (chosen.size() < bodyCases && !chosen.contains(entry) && names.add(entry.getKey().name())) {
                chosen.add(entry);
            }
        }
        for (var entry : order) {
            if (chosen.size() < bodyCases && !chosen.contains(entry)) {
                chosen.add(entry);
            }
        }
        return chosen;
    }

    // ---- sending and judging

    private FuzzClient.Answer send(Target target, Case fuzzCase) throws InterruptedException {
        caseNumber++;
        FuzzClient.Call call = call(target, fuzzCase);
        String database = DATABASES.get(target.operation.document());
        FuzzClient.Answer answer = client.send(call);
        if (answer.status() == 403 && target.role.equals("city-admin") && target.operation.writes()
                && fuzzCase.headers().isEmpty() && answer.json().path("type").asString("").equals(FORBIDDEN)) {
            // the city may not do this (a resident's own sign-up): the operation is fuzzed as a resident
            target.role = "resident";
            if (target.ifMatch) {
                refreshEtag(target);
            }
            call = call(target, fuzzCase);
            answer = client.send(call);
        }
        requests++;
        List<String> wrong = new ArrayList<>(answerProblems(call, answer, fuzzCase));
        if (target.operation.writes()) {
            StoredState.Snapshot after = stored.snapshot(database);
            List<String> changes = StoredState.changes(current.get(database), after);
            if (!answer.ok() && !changes.isEmpty()) {
                wrong.add("refused with " + answer.status() + " but stored: " + String.join("; ",
                        changes.subList(0, Math.min(10, changes.size()))));
            }
            if (answer.ok() || !changes.isEmpty()) {
                // something was stored: let its events go out (and other services take them) before the next case,
                // and send the new version from now on
                stored.awaitQuiet(ALL_DATABASES, QUIET);
                after = stored.snapshot(database);
                if (target.ifMatch) {
                    refreshEtag(target);
                }
            }
            current.put(database, after);
        }
        wrong.addAll(pagingProblems(target, fuzzCase, answer));
        count(target.operation.key(), fuzzCase.location(), fuzzCase.edgeClass(), answer.status(), !wrong.isEmpty());
        if (!wrong.isEmpty()) {
            violations.add(violation(target, fuzzCase, call, answer, wrong));
        }
        return answer;
    }

    private FuzzClient.Call call(Target target, Case fuzzCase) {
        Map<String, String> path = new LinkedHashMap<>(target.path);
        path.putAll(fuzzCase.path());
        List<String[]> query = fuzzCase.query() != null ? fuzzCase.query() : target.query;
        StringBuilder url = new StringBuilder(FuzzFixtures.expand(target.operation.path(), path));
        for (int i = 0; i < query.size(); i++) {
            url.append(i == 0 ? '?' : '&').append(FuzzFixtures.encode(query.get(i)[0])).append('=')
                    .append(FuzzFixtures.encode(query.get(i)[1]));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + client.token(target.role));
        byte[] body = null;
        boolean chunked = false;
        if (fuzzCase.whole() != null) {
            body = fuzzCase.whole().bytes();
            chunked = fuzzCase.whole().chunked();
            if (fuzzCase.whole().contentType() != null) {
                headers.put("Content-Type", fuzzCase.whole().contentType());
            }
        } else if (target.body != null) {
            JsonNode json = fuzzCase.body() != null ? fuzzCase.body() : target.body;
            body = Http.JSON.writeValueAsBytes(json);
            headers.put("Content-Type", "application/json");
        }
        if (target.ifMatch && target.etag != null) {
            headers.put("If-Match", target.etag);
        }
        fuzzCase.headers().forEach((name, value) -> {
            if (value == null) {
                headers.remove(name);
            } else {
                headers.put(name, value);
            }
        });
        if (fuzzCase.method() != null) {
            return new FuzzClient.Call(fuzzCase.method(), url.toString(), headers, null, false);
        }
        return new FuzzClient.Call(target.operation.method(), url.toString(), headers, body, chunked);
    }

    /** What is wrong with an answer whatever the operation stored. */
    private static List<String> answerProblems(FuzzClient.Call call, FuzzClient.Answer answer, Case fuzzCase) {
        List<String> wrong = new ArrayList<>();
        int status = answer.status();
        if (status < 0) {
            wrong.add("no answer: " + answer.failure());
            return wrong;
        }
        if (status >= 500) {
            wrong.add("answered " + status);
        }
        if (status >= 400) {
            if (!answer.contentType().startsWith("application/problem+json")) {
                wrong.add(status + " is not application/problem+json but '" + answer.contentType() + "'");
            } else if (answer.json().path("type").asString("").isBlank()) {
                wrong.add(status + " problem without a type");
            }
        }
        if (status == 405 && answer.header("Allow") == null) {
            wrong.add("405 without Allow");
        }
        List<String> requestIds = answer.headers("X-Request-Id");
        if (requestIds.size() > 1) {
            wrong.add("X-Request-Id " + requestIds.size() + " times");
        }
        String sentId = call.headers().get("X-Request-Id");
        if (sentId != null && !REQUEST_ID.matcher(sentId).matches() && requestIds.contains(sentId)) {
            wrong.add("X-Request-Id '" + sentId + "' (not a plain id) echoed back");
        }
        if (fuzzCase.expect() == Expect.REFUSE && status < 400) {
            wrong.add("accepted (" + status + ") what must be refused");
        }
        return wrong;
    }

    /** A page of a list holds at most {@code size} items, none past the end, and the same total as the unpaged list. */
    private static List<String> pagingProblems(Target target, Case fuzzCase, FuzzClient.Answer answer) {
        if (!answer.ok() || !(fuzzCase.parameter().equals("page") || fuzzCase.parameter().equals("size")
                || fuzzCase.parameter().equals("page×size")) || target.baselineAnswer == null) {
            return List.of();
        }
        JsonNode page = answer.json();
        if (!page.path("items").isArray() || !page.has("totalItems")) {
            return List.of();
        }
        List<String> wrong = new ArrayList<>();
        long size = page.path("size").asLong(-1);
        long number = page.path("page").asLong(-1);
        long total = page.path("totalItems").asLong(-1);
        int items = page.path("items").size();
        long expectedTotal = target.baselineAnswer.path("totalItems").asLong(-1);
        if (size > 0 && items > size) {
            wrong.add(items + " items on a page of " + size);
        }
        if (expectedTotal >= 0 && total != expectedTotal) {
            wrong.add("totalItems " + total + " where the first page says " + expectedTotal);
        }
        if (number >= 0 && size > 0 && number * size >= expectedTotal && items > 0) {
            wrong.add("page " + number + " of size " + size + " is past the end of " + expectedTotal + " items but holds " + items);
        }
        return wrong;
    }

    private Map<String, Object> violation(Target target, Case fuzzCase, FuzzClient.Call call, FuzzClient.Answer answer,
                                          List<String> wrong) {
        Map<String, Object> violation = new LinkedHashMap<>();
        violation.put("operation", target.operation.key());
        violation.put("location", fuzzCase.location());
        violation.put("parameter", fuzzCase.parameter());
        violation.put("edge_class", fuzzCase.edgeClass());
        violation.put("expected", fuzzCase.expect() == Expect.REFUSE ? "a 4xx problem" : "anything but a 5xx");
        violation.put("value", abbreviate(fuzzCase.shown(), 300));
        violation.put("what_is_wrong", wrong);
        violation.put("status", answer.status());
        violation.put("answer", abbreviate(answer.body(), 600));
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("method", call.method());
        request.put("path_and_query", abbreviate(call.pathAndQuery(), 1_000));
        Map<String, String> headers = new LinkedHashMap<>(call.headers());
        headers.computeIfPresent("Authorization", (name, value) -> value.startsWith("Bearer drill")
                ? value : "Bearer <a " + target.role + " token>");
        headers.replaceAll((name, value) -> abbreviate(value, 200));
        request.put("headers", headers);
        if (call.body() != null) {
            request.put("body", call.body().length > SHOWN_BODY ? abbreviate(call.bodyText(), SHOWN_BODY)
                    + " (" + call.body().length + " bytes, SHA-256 " + sha256(call.body()) + ")" : call.bodyText());
            request.put("chunked", call.chunked());
        }
        violation.put("request", request);
        violation.put("seed", edges.seed());
        violation.put("case", caseNumber);
        return violation;
    }

    // ---- after the fuzzing

    /** Every read answers as it did before the fuzzing: a record stored by a refused write must not break it. */
    private void readsAgain(Map<String, Target> reads) throws InterruptedException {
        for (Target target : reads.values()) {
            if (target.baselineStatus < 200 || target.baselineStatus >= 300) {
                continue;
            }
            FuzzClient.Answer again = client.send(call(target, new Case("none", "", "read-after-fuzz", Expect.ANY, "",
                    Map.of(), null, Map.of(), null, null)));
            requests++;
            List<String> wrong = again.ok() ? List.of() : List.of("answered " + again.status() + " after the fuzzing, "
                    + target.baselineStatus + " before");
            Case read = new Case("none", "", "read-after-fuzz", Expect.ANY, "the valid request, again", Map.of(), null,
                    Map.of(), null, null);
            count(target.operation.key(), "none", "read-after-fuzz", again.status(), !wrong.isEmpty());
            if (!wrong.isEmpty()) {
                violations.add(violation(target, read, call(target, read), again, wrong));
            }
            for (ApiOperation.Parameter parameter : target.operation.in("query")) {
                JsonNode values = parameter.schema().has("enum") ? parameter.schema().get("enum")
                        : parameter.schema().path("items").path("enum");
                for (JsonNode value : values) {
                    Case filtered = new Case("query", parameter.name(), "read-after-fuzz", Expect.ANY,
                            value.asString(), Map.of(), withQuery(target.query, parameter.name(), value.asString()),
                            Map.of(), null, null);
                    send(target, filtered);
                }
            }
        }
    }

    /**
     * Two rules of the events service that no single spoiled value reaches (docs/api.md): a registration
     * deadline after the event's day is refused, and a phone sign-up whose name and phone match an active
     * registration is refused as a duplicate unless {@code allowDuplicate} says otherwise.
     */
    private void eventRules() throws InterruptedException {
        ApiOperation draft = operation("POST /api/events");
        if (draft != null && draft.hasBody()) {
            Target target = prepare(draft);
            java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(14);
            JsonNode body = JsonBodies.with(target.body, List.of("details", "schedule"), Http.JSON.readTree(
                    "{\"date\": \"" + day + "\", \"startTime\": \"18:30\", \"endTime\": \"20:00\"}"));
            body = JsonBodies.with(body, List.of("details", "registration"), Http.JSON.readTree(
                    "{\"required\": true, \"deadline\": \"" + day.plusDays(1) + "\"}"));
            send(target, new Case("body", "details.registration.deadline", "cross-field", Expect.REFUSE,
                    "a deadline the day after the event", Map.of(), null, Map.of(), null, body));
        }
        ApiOperation signUp = operation("POST /api/events/{eventId}/registrations");
        if (signUp != null && signUp.hasBody()) {
            Target target = prepare(signUp);
            JsonNode person = Http.JSON.readTree(Scenarios.signUp(4_242));
            send(target, new Case("body", "registrant", "cross-field", Expect.ANY, "a sign-up by phone", Map.of(), null,
                    Map.of(), null, person));
            send(target, new Case("body", "registrant", "cross-field", Expect.REFUSE,
                    "the same name and phone by phone again", Map.of(), null, Map.of(), null, person));
        }
    }

    private ApiOperation operation(String key) {
        return operations.stream().filter(operation -> operation.key().equals(key)).findFirst().orElse(null);
    }

    /**
     * Events published with texts a spreadsheet would run, then every CSV and iCalendar file the documents
     * list: no cell may start with a formula character unless neutralised (a leading {@code '}), no
     * control characters in either.
     */
    private void openData() throws InterruptedException {
        if (operations.stream().anyMatch(operation -> operation.key().equals("POST /api/events"))) {
            for (String title : List.of("=1+1", "+1", "-1", "@SUM(A1)", "＝HYPERLINK(\"http://127.0.0.1/\")")) {
                fixtures.event(true, title);
            }
        }
        for (ApiOperation operation : operations) {
            boolean csv = operation.path().endsWith(".csv");
            boolean ics = operation.path().endsWith(".ics");
            if (operation.writes() || !(csv || ics)) {
                continue;
            }
            Target target = prepare(operation);
            Case read = new Case("output", "(file)", csv ? "csv-cells" : "ics-text", Expect.ANY, "the file", Map.of(),
                    null, Map.of(), null, null);
            FuzzClient.Call call = call(target, read);
            FuzzClient.Answer answer = client.send(call);
            requests++;
            List<String> wrong = new ArrayList<>(answerProblems(call, answer, read));
            if (answer.ok()) {
                wrong.addAll(csv ? csvProblems(answer.body()) : icsProblems(answer.body()));
                outputsChecked.add(operation.key() + " (" + answer.body().length() + " characters)");
            }
            count(operation.key(), "output", read.edgeClass(), answer.status(), !wrong.isEmpty());
            if (!wrong.isEmpty()) {
                violations.add(violation(target, read, call, answer, wrong.subList(0, Math.min(10, wrong.size()))));
            }
        }
    }

    /** Cells (RFC 4180) that start with what a spreadsheet runs, or hold control characters. */
    static List<String> csvProblems(String csv) {
        List<String> wrong = new ArrayList<>();
        int line = 1;
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i <= csv.length(); i++) {
            char c = i < csv.length() ? csv.charAt(i) : '\n';
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
                continue;
            }
            if (c == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',' || c == '\n') {
                String text = cell.toString();
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (!text.isEmpty() && "=+-@\t\r＝＋－＠".indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches()) {
                    wrong.add("line " + line + ": cell " + abbreviate(text, 60) + " starts with a formula character");
                }
                if (text.chars().anyMatch(ch -> (ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t') || (ch >= 0x7f && ch <= 0x9f))) {
                    wrong.add("line " + line + ": cell " + abbreviate(text, 60) + " holds a control character");
                }
                cell.setLength(0);
                wasQuoted = false;
                if (c == '\n') {
                    line++;
                }
            } else if (c != '\r' || wasQuoted) {
                cell.append(c);
            }
        }
        return wrong;
    }

    /** Control characters in an iCalendar file beyond its CR LF line ends (and the tab that folds a line). */
    static List<String> icsProblems(String ics) {
        List<String> wrong = new ArrayList<>();
        String[] lines = ics.split("\r\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean bad = false;
            for (int j = 0; j < line.length(); j++) {
                char c = line.charAt(j);
                if ((c < 0x20 && !(c == '\t' && j == 0)) || (c >= 0x7f && c <= 0x9f)) {
                    bad = true;
                }
            }
            if (bad) {
                wrong.add("line " + (i + 1) + " holds a control character: " + abbreviate(line, 80));
            }
        }
        return wrong;
    }

    // ---- counting and reporting

    private void count(String operation, String location, String edgeClass, int status, boolean violated) {
        long[] counts = tally.computeIfAbsent(operation, key -> new TreeMap<>())
                .computeIfAbsent(location, key -> new TreeMap<>()).computeIfAbsent(edgeClass, key -> new long[6]);
        counts[0]++;
        if (status >= 200 && status < 300) {
            counts[1]++;
        } else if (status >= 400 && status < 500) {
            counts[2]++;
        } else if (status >= 500) {
            counts[3]++;
        } else {
            counts[4]++;
        }
        if (violated) {
            counts[5]++;
        }
    }

    private Map<String, Object> result() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("seed", edges.seed());
        result.put("reproduce", "KIZUNA_DRILL_FUZZ_SEED=" + edges.seed() + " make drill");
        result.put("operations", operations.size());
        result.put("requests", requests);
        result.put("sent_over_a_socket", client.rawSends());
        Map<String, long[]> byClass = new TreeMap<>();
        long[] totals = new long[6];
        List<Map<String, Object>> byOperation = new ArrayList<>();
        tally.forEach((operation, locations) -> {
            boolean accepted = false;
            for (var location : locations.entrySet()) {
                for (var edgeClass : location.getValue().entrySet()) {
                    long[] counts = edgeClass.getValue();
                    long[] sum = byClass.computeIfAbsent(location.getKey() + " / " + edgeClass.getKey(), key -> new long[6]);
                    for (int i = 0; i < 6; i++) {
                        sum[i] += counts[i];
                        totals[i] += counts[i];
                    }
                    accepted |= counts[1] > 0;
                    byOperation.add(row("operation", operation, location.getKey(), edgeClass.getKey(), counts));
                }
            }
            if (!accepted && !operation.startsWith("GET ")) {
                neverAccepted.add(operation);
            }
        });
        result.put("totals", row(null, null, null, null, totals));
        List<Map<String, Object>> classes = new ArrayList<>();
        byClass.forEach((name, counts) -> {
            String[] parts = name.split(" / ", 2);
            classes.add(row(null, null, parts[0], parts[1], counts));
        });
        result.put("by_location_and_class", classes);
        result.put("violations", violations);
        result.put("excluded_collections", stored.excluded().stream().map(excluded -> Map.of("database", excluded.database(),
                "collection", excluded.collection(), "why", excluded.why())).toList());
        result.put("not_compared", List.of("kizuna_auth (the issuer's accounts and clients): no operation of the four "
                + "documents writes it", "the other services' databases on a service's refused write: an effect there "
                + "would need an event, and an event waits in the refusing service's own outbox, which is compared"));
        result.put("writes_never_accepted", List.copyOf(neverAccepted));
        result.put("valid_writes_at_the_end", writeBaselines);
        result.put("path_variables_without_fixture", List.copyOf(fixtures.unresolved()));
        result.put("fixture_failures", fixtures.failures());
        result.put("outputs_checked", outputsChecked);
        result.put("quiet_timeouts", stored.quietTimeouts());
        result.put("by_operation", byOperation);
        return result;
    }

    private static Map<String, Object> row(String label, String operation, String location, String edgeClass, long[] counts) {
        Map<String, Object> row = new LinkedHashMap<>();
        if (operation != null) {
            row.put(label, operation);
        }
        if (location != null) {
            row.put("location", location);
            row.put("class", edgeClass);
        }
        row.put("sent", counts[0]);
        row.put("2xx", counts[1]);
        row.put("4xx", counts[2]);
        row.put("5xx", counts[3]);
        row.put("no_answer", counts[4]);
        row.put("violations", counts[5]);
        return row;
    }

    // ---- helpers

    private static ApiOperation.Parameter parameter(ApiOperation operation, String name) {
        return operation.in("query").stream().filter(parameter -> parameter.name().equals(name)).findFirst().orElse(null);
    }

    /** The query with {@code name} set to {@code value} (in place of what it held). */
    private static List<String[]> withQuery(List<String[]> query, String name, String value) {
        List<String[]> changed = new ArrayList<>();
        for (String[] pair : query) {
            if (!pair[0].equals(name)) {
                changed.add(pair);
            }
        }
        changed.add(new String[] {name, value});
        return changed;
    }

    private static String shown(JsonNode value) {
        String text = Http.JSON.writeValueAsString(value);
        return text.length() > 300 ? abbreviate(text, 300) + " (" + text.length() + " characters)" : text;
    }

    static String abbreviate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + "…";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
