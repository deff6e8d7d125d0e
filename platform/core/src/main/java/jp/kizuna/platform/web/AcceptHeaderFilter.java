package jp.kizuna.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.platform.contracts.ProblemTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request whose {@code Accept} header cannot be read (e.g. {@code text/html;q=zz}) with 406
 * before anything else runs, a write included. Past this filter Spring MVC could not choose any media
 * type for the answer and would send a refusal without a body, or run the write and then fail to
 * answer it. Which media types an operation answers is checked later, by {@link AnswerNegotiationGuard}.
 */
public class AcceptHeaderFilter extends OncePerRequestFilter {

    private final JsonMapper json;

    public AcceptHeaderFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> accept = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
        try {
            MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE,
                    "The Accept header cannot be read as a list of media types; send for example "
                            + "'Accept: application/json'. Nothing was done.");
            problem.setType(ProblemTypes.NOT_ACCEPTABLE);
            problem.setTitle("Not Acceptable");
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setStatus(problem.getStatus());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(request, response);
    }
}
