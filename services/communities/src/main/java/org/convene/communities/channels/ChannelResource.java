package org.convene.communities.channels;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.convene.platform.security.CurrentUser;

@Path("/missions/{missionId}/channels/{channelId}")
@Authenticated
public class ChannelResource {

    private final Channels channels;
    private final CurrentUser user;

    public ChannelResource(Channels channels, CurrentUser user) {
        this.channels = channels;
        this.user = user;
    }

    /** The channel, for members; the gateway asks this before it lets a client subscribe. */
    @GET
    @WithSession
    public Uni<ChannelView> get(@PathParam("missionId") UUID missionId, @PathParam("channelId") UUID channelId) {
        return channels.get(missionId, channelId, user);
    }

    @GET
    @Path("/messages")
    @WithSession
    public Uni<MessagePage> history(@PathParam("missionId") UUID missionId,
                                    @PathParam("channelId") UUID channelId,
                                    @QueryParam("after") Long after,
                                    @QueryParam("limit") @DefaultValue("50") int limit) {
        return channels.history(missionId, channelId, after, limit, user);
    }

    @POST
    @Path("/messages")
    @WithTransaction
    public Uni<Response> post(@PathParam("missionId") UUID missionId, @PathParam("channelId") UUID channelId,
                              @Valid @NotNull(message = "a JSON body is required") MessageDraft draft) {
        return channels.post(missionId, channelId, draft, user).map(m -> Response
                .created(URI.create("/missions/" + missionId + "/channels/" + channelId + "/messages/" + m.id()))
                .entity(m).build());
    }

    @PUT
    @Path("/messages/{messageId}")
    @WithTransaction
    public Uni<MessageView> edit(@PathParam("missionId") UUID missionId, @PathParam("channelId") UUID channelId,
                                 @PathParam("messageId") UUID messageId,
                                 @Valid @NotNull(message = "a JSON body is required") MessageEdit edit) {
        return channels.edit(missionId, channelId, messageId, edit, user);
    }

    @DELETE
    @Path("/messages/{messageId}")
    @WithTransaction
    public Uni<Response> delete(@PathParam("missionId") UUID missionId, @PathParam("channelId") UUID channelId,
                                @PathParam("messageId") UUID messageId) {
        return channels.delete(missionId, channelId, messageId, user).replaceWith(Response.noContent().build());
    }

    /** Marks the channel read up to a seq: unread counts then start after it. */
    @PUT
    @Path("/read")
    @WithTransaction
    public Uni<ChannelView> markRead(@PathParam("missionId") UUID missionId, @PathParam("channelId") UUID channelId,
                                     @Valid @NotNull(message = "a JSON body is required") ReadMark mark) {
        return channels.markRead(missionId, channelId, mark, user);
    }
}
