package org.convene.platform.context;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs reactive work that belongs to no request (a timer, a follow-up after an answer was sent).
 * Hibernate Reactive needs a duplicated Vert.x context of its own, marked safe.
 */
public final class Background {

    private static final Logger LOG = Logger.getLogger(Background.class);

    private Background() {}

    /** Starts the work and returns; a failure is logged with {@code what}. */
    public static void run(Vertx vertx, String what, Supplier<Uni<?>> work) {
        onOwnContext(vertx, () -> work.get().subscribe().with(ok -> { }, e -> LOG.warnf(e, "%s failed", what)));
    }

    /** Runs the task on a new duplicated context, marked safe for Hibernate Reactive. */
    public static void onOwnContext(Vertx vertx, Runnable task) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> task.run());
    }
}
