package jp.kizuna.web.api;

/** The API refused a call with a problem document; pages turn it into a readable message in place. */
public class ApiProblemException extends RuntimeException {

    private final ProblemDocument problem;

    public ApiProblemException(ProblemDocument problem) {
        super(problem.status() + " " + problem.type() + ": " + problem.detail());
        this.problem = problem;
    }

    public ProblemDocument problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    public boolean isNotFound() {
        return problem.status() == 404;
    }
}
