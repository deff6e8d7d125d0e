package jp.kizuna.e2e.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The axe-core accessibility engine (Deque, MPL-2.0), served to the tests only: taken from the npm registry
 * into the build directory the first time (npm exists on these machines, not in the product's build), then
 * run in each page. WCAG 2.1 A and AA rules; a serious or critical violation fails the page.
 */
final class AxeCore {

    private static String script;

    private AxeCore() {
    }

    static synchronized String script() {
        if (script == null) {
            Path tools = Path.of(System.getProperty("kizuna.e2e.tools", "target/browser-tools"));
            String version = System.getProperty("kizuna.e2e.axe-core", "4.10.3");
            Path file = tools.resolve("node_modules/axe-core/axe.min.js");
            if (!Files.exists(file)) {
                install(tools, version);
            }
            try {
                script = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + file, e);
            }
        }
        return script;
    }

    private static void install(Path tools, String version) {
        try {
            Files.createDirectories(tools);
            Process npm = new ProcessBuilder("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix",
                    tools.toString(), "axe-core@" + version).redirectErrorStream(true)
                    .redirectOutput(tools.resolve("npm.log").toFile()).start();
            boolean done = npm.waitFor(3, TimeUnit.MINUTES);
            Assumptions.assumeTrue(done && npm.exitValue() == 0, "axe-core could not be installed from npm "
                    + "(see " + tools.resolve("npm.log") + "); the browser tests need it for the accessibility checks");
        } catch (IOException e) {
            Assumptions.abort("npm is not installed, so axe-core cannot be fetched for the accessibility checks: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The serious and critical WCAG 2.1 A/AA violations of the page shown now, one line each. */
    @SuppressWarnings("unchecked")
    static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
            js.executeScript(script());
        }
        Map<String, Object> results = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))}))"
                        + ".catch(e => done({error: String(e)}));");
        if (results.containsKey("error")) {
            throw new IllegalStateException("axe-core failed: " + results.get("error"));
        }
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) results.get("violations")) {
            Object impact = violation.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(impact + " " + violation.get("id") + ": " + violation.get("help") + " " + violation.get("nodes"));
            }
        }
        return serious;
    }
}
