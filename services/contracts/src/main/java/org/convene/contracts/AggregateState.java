package org.convene.contracts;

/**
 * An event that carries the whole current state of one aggregate (a person's membership of a
 * mission, a mission, an organisation's participation, a theme, the theme of one feedback). The
 * publishing service numbers each aggregate's events 1, 2, 3... in commit order; a consumer keeps
 * only the newest it has seen and ignores an older one that arrives late, so it never goes back.
 * Compacted topics keep the latest of these per aggregate, which is enough to rebuild a read model.
 */
public interface AggregateState {

    /** The aggregate this event describes, unique across event types (for example {@code membership:m-1:u-2}). */
    String aggregateId();
}
