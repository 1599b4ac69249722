package org.convene.platform.api;

import jakarta.ws.rs.core.Response;

/** Ends a request with a problem details answer that says what is wrong. */
public class ProblemException extends RuntimeException {

    private final Problem problem;

    public ProblemException(Response.Status status, String detail) {
        super(detail);
        this.problem = Problem.of(status, detail);
    }

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Response.Status.NOT_FOUND, what + " does not exist or is not visible to you");
    }

    public static ProblemException forbidden(String why) {
        return new ProblemException(Response.Status.FORBIDDEN, why);
    }

    /** 400 naming the one field that is wrong, in the same form as a failed validation. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(new Problem("about:blank", "Bad Request", 400, "The request has invalid fields",
                java.util.List.of(new Problem.FieldError(field, message))));
    }

    public static ProblemException badRequest(String why) {
        return new ProblemException(Response.Status.BAD_REQUEST, why);
    }

    public Problem problem() {
        return problem;
    }
}
