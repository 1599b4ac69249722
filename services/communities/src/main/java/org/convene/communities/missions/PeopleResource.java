package org.convene.communities.missions;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.convene.platform.security.CurrentUser;

/** The people directory, for finding whom to invite. */
@Path("/people")
@Authenticated
public class PeopleResource {

    private final Invitations invitations;
    private final CurrentUser user;

    public PeopleResource(Invitations invitations, CurrentUser user) {
        this.invitations = invitations;
        this.user = user;
    }

    @GET
    @WithSession
    public Uni<List<PersonView>> people(@QueryParam("q") String query) {
        return invitations.people(query, user);
    }
}
