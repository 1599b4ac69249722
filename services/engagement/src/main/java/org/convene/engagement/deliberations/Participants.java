package org.convene.engagement.deliberations;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.convene.engagement.deliberations.DeliberationAccess.Standing;
import org.convene.platform.api.ProblemException;

/**
 * Turns callers into participants. A signed-in person becomes one on their first statement or
 * vote. An anonymous browser joins by link and gets a secret that it keeps and sends back; only
 * the secret's hash is stored, so the database alone cannot act as anyone.
 */
@ApplicationScoped
public class Participants {

    /** A newly joined anonymous participant and the secret its browser must keep. */
    public record Joined(Participant participant, String token) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The caller's participant, created for a signed-in person if need be. */
    public Uni<Participant> of(Standing s) {
        if (!s.mayTakePart()) {
            throw ProblemException.forbidden("Observers can follow this deliberation but not take part");
        }
        Caller caller = s.caller();
        if (!caller.signedIn() && caller.participantToken() == null) {
            throw ProblemException.forbidden("Join the deliberation first (or sign in)");
        }
        return existing(s).chain(found -> {
            if (found != null) {
                return Uni.createFrom().item(found);
            }
            if (caller.signedIn()) {
                // A person's first votes may come at once: the deliberation's row lock lets one
                // create their participant, and the others find it.
                return Deliberation.lockForNewParticipant(s.deliberation().id)
                        .chain(() -> existing(s))
                        .chain(again -> again != null ? Uni.createFrom().item(again)
                                : create(s.deliberation(), caller.userId(), null));
            }
            throw ProblemException.forbidden(
                    "This browser's participant key is not known here; join the deliberation again");
        });
    }

    /** The caller's participant if they have one already; never creates one. */
    static Uni<Participant> existing(Standing s) {
        Caller caller = s.caller();
        if (caller.signedIn()) {
            return Participant.find("deliberationId = ?1 and userId = ?2", s.deliberation().id, caller.userId())
                    .firstResult();
        }
        if (caller.participantToken() == null) {
            return Uni.createFrom().nullItem();
        }
        return Participant.find("deliberationId = ?1 and tokenHash = ?2", s.deliberation().id,
                hash(caller.participantToken())).firstResult();
    }

    /** An anonymous browser joins a deliberation open to its link. */
    public Uni<Joined> joinAnonymously(Standing s) {
        if (!s.deliberation().linkAccess) {
            throw ProblemException.forbidden("This deliberation is for signed-in members only");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return create(s.deliberation(), null, hash(token)).map(p -> new Joined(p, token));
    }

    /** A participant with the next number; imported participants pass neither user nor hash. */
    static Uni<Participant> create(Deliberation d, String userId, String tokenHash) {
        return Deliberation.nextNumber(d.id, false)
                .chain(number -> {
                    Participant p = new Participant();
                    p.id = UUID.randomUUID();
                    p.deliberationId = d.id;
                    p.number = number;
                    p.userId = userId;
                    p.tokenHash = tokenHash;
                    p.createdAt = Instant.now();
                    return p.persist().replaceWith(p);
                });
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
