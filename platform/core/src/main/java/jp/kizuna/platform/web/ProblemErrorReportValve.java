package jp.kizuna.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jp.kizuna.platform.contracts.ProblemTypes;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's answer to a request it refuses before any servlet sees it (a malformed request line,
 * invalid characters or bad percent-encoding in the URL, headers too large) as a problem document
 * instead of Tomcat's HTML error page. Installed as the host's error report valve by
 * {@link jp.kizuna.platform.config.KizunaWebAutoConfiguration}; errors inside the application
 * are answered by {@link ProblemDetailsAdvice} and {@link ProblemErrorController}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = status >= 500 ? "An unexpected error occurred."
                : "The request could not be read: its request line, URL or headers are malformed or too large. "
                        + "Percent-encode the URL as RFC 3986 says and keep headers within 8 KB.";
        String body = "{\"type\":\"" + ProblemTypes.forStatus(status) + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone or the response is already being written: nothing more to say
        }
    }
}
