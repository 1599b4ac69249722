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
import org.convene.communities.notifications.Notifications;
import org.convene.contracts.MessageDeleted;
import org.convene.contracts.MessageEdited;
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
    private final Notifications notifications;

    public Channels(MissionAccess access, Outbox outbox, Notifications notifications) {
        this.access = access;
        this.outbox = outbox;
        this.notifications = notifications;
    }

    /** Only members of the mission can be mentioned. */
    private static Uni<Void> requireMembers(UUID missionId, List<String> userIds) {
        if (userIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return org.convene.communities.missions.Membership.count("missionId = ?1 and userId in ?2", missionId, userIds)
                .invoke(found -> {
                    if (found != userIds.size()) {
                        throw ProblemException.badRequest("mentions: only members of this mission can be mentioned");
                    }
                })
                .replaceWithVoid();
    }

    public Uni<ChannelView> get(UUID missionId, UUID channelId, CurrentUser user) {
        return access.member(missionId, user).chain(() -> channel(missionId, channelId))
                .chain(channel -> unread(channel, user).map(n -> ChannelView.of(channel, n)));
    }

    /** The mission's channels with the caller's unread counts; the caller's membership is checked by the caller. */
    public Uni<List<ChannelView>> ofMission(UUID missionId, CurrentUser user) {
        return Channel.<Channel>list("missionId = ?1 order by createdAt", missionId)
                .chain(list -> io.smallrye.mutiny.Multi.createFrom().iterable(list)
                        .onItem().transformToUniAndConcatenate(c -> unread(c, user).map(n -> ChannelView.of(c, n)))
                        .collect().asList());
    }

    /** Conveners and facilitators open channels, for example one per community of practice. */
    public Uni<ChannelView> create(UUID missionId, ChannelDraft draft, CurrentUser user) {
        return access.member(missionId, user)
                .invoke(a -> {
                    if (!a.admin() && !"convener".equals(a.role()) && !"facilitator".equals(a.role())) {
                        throw ProblemException.forbidden("Only conveners and facilitators open channels");
                    }
                })
                .chain(() -> Channel.count("missionId = ?1 and name = ?2", missionId, draft.name()))
                .chain(existing -> {
                    if (existing > 0) {
                        throw new ProblemException(jakarta.ws.rs.core.Response.Status.CONFLICT,
                                "This mission already has a channel #" + draft.name());
                    }
                    Channel channel = Channel.open(missionId, draft.name(), Instant.now());
                    return channel.persist().replaceWith(ChannelView.of(channel, 0));
                });
    }

    /** Remembers how far the caller has read (never moving backwards). */
    public Uni<ChannelView> markRead(UUID missionId, UUID channelId, ReadMark mark, CurrentUser user) {
        return access.member(missionId, user).chain(() -> channel(missionId, channelId))
                .call(channel -> Panache.getSession().chain(s -> s.createNativeQuery(
                                "insert into channel_reads (channel_id, user_id, last_read_seq) values (:c, :u, :seq)"
                                        + " on conflict (channel_id, user_id) do update"
                                        + " set last_read_seq = greatest(channel_reads.last_read_seq, excluded.last_read_seq)")
                        .setParameter("c", channelId).setParameter("u", user.id())
                        .setParameter("seq", Math.min(mark.seq(), channel.lastSeq))
                        .executeUpdate()))
                .chain(channel -> unread(channel, user).map(n -> ChannelView.of(channel, n)));
    }

    private static Uni<Long> unread(Channel channel, CurrentUser user) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select count(*) from messages m where m.channel_id = :c and m.deleted_at is null"
                                + " and m.author_id <> :u and m.seq > coalesce((select r.last_read_seq from channel_reads r"
                                + " where r.channel_id = :c and r.user_id = :u), 0)", Long.class)
                .setParameter("c", channel.id).setParameter("u", user.id())
                .getSingleResult());
    }

    public Uni<MessageView> post(UUID missionId, UUID channelId, MessageDraft draft, CurrentUser user) {
        return access.participant(missionId, user)
                .chain(() -> channel(missionId, channelId))
                .call(channel -> draft.replyTo() == null ? Uni.createFrom().voidItem() : message(channelId, draft.replyTo())
                        .invoke(parent -> {
                            if (parent.deletedAt != null) {
                                throw ProblemException.badRequest("replyTo: that message was deleted");
                            }
                        }))
                .call(() -> requireMembers(missionId, draft.mentionedIds()))
                .chain(channel -> nextSeq(channel.id))
                .chain(seq -> {
                    ChannelMessage message = new ChannelMessage();
                    message.id = UUID.randomUUID();
                    message.channelId = channelId;
                    message.missionId = missionId;
                    message.seq = seq;
                    message.changeSeq = seq;
                    message.parentId = draft.replyTo();
                    message.authorId = user.id();
                    message.authorName = user.displayName();
                    message.body = draft.text().strip();
                    message.postedAt = Instant.now();
                    return message.<ChannelMessage>persist();
                })
                .call(m -> notifications.mentioned(draft.mentionedIds(), m.authorId, m.authorName, missionId,
                        channelId, m.id, m.body))
                .call(m -> outbox.publish(new MessagePosted(missionId.toString(), channelId.toString(),
                        m.id.toString(), m.seq, m.authorId, m.authorName, m.body, m.postedAt,
                        m.parentId == null ? null : m.parentId.toString(), draft.mentionedIds())))
                .map(MessageView::of);
    }

    /** Authors change the text of their own messages (admins of any). */
    public Uni<MessageView> edit(UUID missionId, UUID channelId, UUID messageId, MessageEdit edit, CurrentUser user) {
        return ownMessage(missionId, channelId, messageId, user)
                .chain(m -> nextSeq(channelId).map(seq -> {
                    m.body = edit.text().strip();
                    m.changeSeq = seq;
                    m.editedAt = Instant.now();
                    return m;
                }))
                .call(m -> outbox.publish(new MessageEdited(missionId.toString(), channelId.toString(),
                        m.id.toString(), m.seq, m.changeSeq, m.body, m.editedAt)))
                .map(MessageView::of);
    }

    /** Authors delete their own messages (admins any); the text is erased, the place stays. */
    public Uni<Void> delete(UUID missionId, UUID channelId, UUID messageId, CurrentUser user) {
        return ownMessage(missionId, channelId, messageId, user)
                .chain(m -> nextSeq(channelId).map(seq -> {
                    m.body = "";
                    m.changeSeq = seq;
                    m.deletedAt = Instant.now();
                    return m;
                }))
                .call(m -> outbox.publish(new MessageDeleted(missionId.toString(), channelId.toString(),
                        m.id.toString(), m.seq, m.changeSeq, m.deletedAt)))
                .replaceWithVoid();
    }

    private Uni<ChannelMessage> ownMessage(UUID missionId, UUID channelId, UUID messageId, CurrentUser user) {
        return access.member(missionId, user)
                .chain(() -> channel(missionId, channelId))
                .chain(() -> message(channelId, messageId))
                .invoke(m -> {
                    if (!m.authorId.equals(user.id()) && !user.isAdmin()) {
                        throw ProblemException.forbidden("Only its author can change a message");
                    }
                    if (m.deletedAt != null) {
                        throw new ProblemException(jakarta.ws.rs.core.Response.Status.CONFLICT,
                                "That message was deleted");
                    }
                });
    }

    private static Uni<ChannelMessage> message(UUID channelId, UUID messageId) {
        return ChannelMessage.<ChannelMessage>find("id = ?1 and channelId = ?2", messageId, channelId).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Message " + messageId));
    }

    /**
     * Every message changed (posted, edited or deleted) after change {@code afterSeq}, in change
     * order, for a client catching up; or the newest messages when {@code afterSeq} is null, for a
     * client opening the channel.
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
                        : ChannelMessage.<ChannelMessage>find("channelId = ?1 and changeSeq > ?2 order by changeSeq",
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
