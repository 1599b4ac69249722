package org.convene.platform.api;

import jakarta.ws.rs.core.Response;

/** Ends a request with a problem details answer that says what is wrong. */
public class ProblemException extends RuntimeException {

    private final Problem problem;

    public ProblemException(Response.Status status, String detail) {
        super(detail);
        this.problem = Problem.of(status, detail);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Response.Status.NOT_FOUND, what + " does not exist or is not visible to you");
    }

    public static ProblemException forbidden(String why) {
        return new ProblemException(Response.Status.FORBIDDEN, why);
    }

    public static ProblemException badRequest(String why) {
        return new ProblemException(Response.Status.BAD_REQUEST, why);
    }

    public Problem problem() {
        return problem;
    }
}
