package jp.kizuna.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import jp.kizuna.e2e.RunningStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The webhook console in a real browser, against the whole stack: the partner of みんなと湊 opens the webhook pages
 * from the console's dashboard, registers an endpoint on a receiver this test runs on loopback (plain http to this
 * machine, as the local stack allows), copies the secret shown once, sends a test ping and sees the call in the
 * delivery log with status 200; the receiver got it signed with that secret. The endpoint is removed at the end,
 * after its confirmation page. Every page is checked with axe-core and kept as a screenshot.
 */
@ExtendWith(RunningStack.class)
class WebhooksConsoleInBrowserIT {

    static final Duration PROPAGATION = Duration.ofSeconds(60);

    final String site = RunningStack.stack().settings().gatewayUrl();

    record Received(Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().getFirst()).orElse(null);
        }
    }

    @Test
    void aPartnerRegistersAnEndpointPingsItAndSeesTheDeliveryInTheLog() throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        receiver.createContext("/kizuna/webhooks", exchange -> {
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes()));
            byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/kizuna/webhooks";
        try (Chromium browser = Chromium.open(site, "webhooks-console")) {
            browser.go("/");
            PortalInBrowserIT.signIn(browser, "partner.minato@kizuna.example", "minna-to-tsunagu-umi");
            browser.click(By.cssSelector(".site-nav a[href='/console']"));
            browser.click(By.cssSelector("#webhooks-desk a[href='/console/webhooks']"));
            browser.checkPage("webhooks-list");

            browser.click(By.cssSelector("main a[href='/console/webhooks/new']"));
            browser.checkPage("webhook-new");
            browser.type(By.id("url"), url).click(By.cssSelector("label[for='eventType-3']"))
                    .type(By.id("description"), "受付システム（試験）")
                    .click(By.cssSelector("#register-form button[type=submit]"));

            String secret = browser.find(By.id("webhook-secret")).getAttribute("value");
            assertThat(secret).startsWith("whsec_");
            assertThat(browser.text(By.tagName("main"))).contains("この鍵が表示されるのは今回だけです");
            browser.checkPage("webhook-secret");
            browser.click(By.cssSelector("main .actions a"));
            assertThat(browser.text(By.id("state"))).contains("有効");
            browser.checkPage("webhook-endpoint");
            String endpoint = browser.url();
            browser.go(endpoint.replace(site, "") + "/secret");
            assertThat(browser.find(By.id("secret-gone")).getText()).contains("もう表示できません");
            assertThat(browser.all(By.id("webhook-secret"))).isEmpty();

            browser.go(endpoint.replace(site, "") + "/log");
            browser.click(By.cssSelector("#ping-form button"));
            assertThat(browser.text(By.id("queued"))).contains("テスト送信を受け付けました");
            await().atMost(PROPAGATION).pollInterval(Duration.ofSeconds(1)).until(() -> {
                browser.go(endpoint.replace(site, "") + "/log");
                return !browser.all(By.cssSelector("#log tbody tr")).isEmpty();
            });
            String call = browser.text(By.cssSelector("#log tbody tr"));
            assertThat(call).contains("テスト送信", "200", "ok");
            browser.checkPage("webhook-log");

            assertThat(received).hasSize(1);
            Received ping = received.getFirst();
            assertThat(ping.header("webhook-signature")).contains(signature(secret, ping.header("webhook-id"),
                    ping.header("webhook-timestamp"), ping.body()));

            browser.click(By.cssSelector("#log tbody tr a"));
            assertThat(browser.text(By.id("attempts"))).contains("200");
            browser.checkPage("webhook-delivery");

            browser.go(endpoint.replace(site, "") + "/delete");
            browser.checkPage("webhook-delete");
            browser.click(By.cssSelector("#delete-form button[type=submit]"));
            assertThat(browser.text(By.cssSelector("main [role=status]"))).contains("削除しました");
        } finally {
            receiver.stop(0);
        }
    }

    /** The Standard Webhooks signature of a call, as a receiver computes it (docs/webhooks.md). */
    static String signature(String secret, String id, String timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
    }
}
