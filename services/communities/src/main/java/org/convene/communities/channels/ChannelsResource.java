package org.convene.communities.channels;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.convene.platform.security.CurrentUser;

@Path("/missions/{missionId}/channels")
@Authenticated
public class ChannelsResource {

    private final Channels channels;
    private final CurrentUser user;

    public ChannelsResource(Channels channels, CurrentUser user) {
        this.channels = channels;
        this.user = user;
    }

    @POST
    @WithTransaction
    public Uni<Response> create(@PathParam("missionId") UUID missionId,
                                @Valid @NotNull(message = "a JSON body is required") ChannelDraft draft) {
        return channels.create(missionId, draft, user).map(view -> Response.status(201).entity(view).build());
    }
}
