package jp.kizuna.web.page;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The web's {@code /error}: Boot's error pages (templates {@code error/404}, {@code error/500},
 * {@code error}) for a browser, and for any other client a problem document instead of Boot's
 * JSON. Asked for directly, {@code /error} is a page that does not exist (404), not a failure.
 */
@Controller
@RequestMapping("${spring.web.error.path:${error.path:/error}}")
class PageErrorController extends BasicErrorController {

    PageErrorController(ErrorAttributes errorAttributes, WebProperties web,
                        ObjectProvider<ErrorViewResolver> viewResolvers) {
        super(errorAttributes, web.getError(), viewResolvers.orderedStream().toList());
    }

    @Override
    protected HttpStatus getStatus(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null ? HttpStatus.NOT_FOUND
                : super.getStatus(request);
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank"); // the status says it all (RFC 9457, 4.2.1)
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            problem.put("instance", uri);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
