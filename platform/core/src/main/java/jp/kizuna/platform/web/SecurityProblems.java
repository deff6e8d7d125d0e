package jp.kizuna.platform.web;

import jp.kizuna.platform.contracts.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The problem documents for 401 and 403, shared by the security filters and the advice. */
public final class SecurityProblems {

    private SecurityProblems() {
    }

    public static ProblemDetail unauthorized(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setType(ProblemTypes.UNAUTHORIZED);
        problem.setTitle("Unauthorized");
        return problem;
    }

    public static ProblemDetail forbidden(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setType(ProblemTypes.FORBIDDEN);
        problem.setTitle("Forbidden");
        return problem;
    }
}
