package org.convene.communities.channels;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import java.util.UUID;
import org.convene.communities.missions.MissionAccess;
import org.convene.contracts.MessagePosted;
import org.convene.platform.api.ProblemException;
import org.convene.platform.outbox.Outbox;
import org.convene.platform.security.CurrentUser;

/** Posting and reading channel messages; channels are open to the mission's members only. */
@ApplicationScoped
public class Channels {

    public static final int MAX_PAGE = 200;

    private final MissionAccess access;
    private final Outbox outbox;

    public Channels(MissionAccess access, Outbox outbox) {
        this.access = access;
        this.outbox = outbox;
    }

    public Uni<ChannelView> get(UUID missionId, UUID channelId, CurrentUser user) {
        return access.member(missionId, user).chain(() -> channel(missionId, channelId)).map(ChannelView::of);
    }

    public Uni<MessageView> post(UUID missionId, UUID channelId, MessageDraft draft, CurrentUser user) {
        return access.participant(missionId, user)
                .chain(() -> channel(missionId, channelId))
                .chain(channel -> nextSeq(channel.id))
                .chain(seq -> {
                    ChannelMessage message = new ChannelMessage();
                    message.id = UUID.randomUUID();
                    message.channelId = channelId;
                    message.missionId = missionId;
                    message.seq = seq;
                    message.authorId = user.id();
                    message.authorName = user.displayName();
                    message.body = draft.text().strip();
                    message.postedAt = Instant.now();
                    return message.<ChannelMessage>persist();
                })
                .call(m -> outbox.publish(new MessagePosted(missionId.toString(), channelId.toString(),
                        m.id.toString(), m.seq, m.authorId, m.authorName, m.body, m.postedAt)))
                .map(MessageView::of);
    }

    /**
     * The messages after {@code afterSeq} (for a client catching up), or the newest ones when
     * {@code afterSeq} is null (for a client opening the channel).
     */
    public Uni<MessagePage> history(UUID missionId, UUID channelId, Long afterSeq, int limit, CurrentUser user) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw ProblemException.badRequest("limit must be between 1 and " + MAX_PAGE);
        }
        if (afterSeq != null && afterSeq < 0) {
            throw ProblemException.badRequest("after must be 0 or more");
        }
        return access.member(missionId, user)
                .chain(() -> channel(missionId, channelId))
                .chain(channel -> (afterSeq == null
                        ? ChannelMessage.<ChannelMessage>find("channelId = ?1 order by seq desc", channelId)
                                .page(0, limit).list()
                                .map(Channels::oldestFirst)
                        : ChannelMessage.<ChannelMessage>find("channelId = ?1 and seq > ?2 order by seq",
                                channelId, afterSeq).page(0, limit).list())
                        .map(list -> new MessagePage(list.stream().map(MessageView::of).toList(), channel.lastSeq)));
    }

    private static List<ChannelMessage> oldestFirst(List<ChannelMessage> newestFirst) {
        List<ChannelMessage> list = new ArrayList<>(newestFirst);
        Collections.reverse(list);
        return list;
    }

    private Uni<Channel> channel(UUID missionId, UUID channelId) {
        return Channel.<Channel>find("id = ?1 and missionId = ?2", channelId, missionId).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Channel " + channelId));
    }

    /** Takes the channel's next seq; the row lock orders concurrent posts. */
    private static Uni<Long> nextSeq(UUID channelId) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("update channels set last_seq = last_seq + 1 where id = :id returning last_seq",
                        Long.class)
                .setParameter("id", channelId)
                .getSingleResult());
    }

}
