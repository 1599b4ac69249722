package org.convene.platform.heavywork;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** More specific than the platform's mapper of every {@code ProblemException}: adds Retry-After. */
public class HeavyWorkRefusedMapper {

    @ServerExceptionMapper
    public Response refused(HeavyWorkRefused e) {
        return e.toResponse();
    }
}
