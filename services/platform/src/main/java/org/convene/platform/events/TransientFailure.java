package org.convene.platform.events;

import io.vertx.pgclient.PgException;
import java.io.IOException;
import java.util.concurrent.TimeoutException;

/** Tells a failure that will pass by itself (a connection, a restart, a lock) from one in the data. */
final class TransientFailure {

    private TransientFailure() {}

    static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg && pg.getSqlState() != null) {
                return isTransient(pg.getSqlState());
            }
            if (cause instanceof IOException || cause instanceof TimeoutException
                    || cause instanceof io.vertx.core.VertxException && mentionsConnection(cause.getMessage())
                    || cause instanceof io.vertx.sqlclient.ClosedConnectionException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * SQLSTATE classes that retrying mends: 08 connection, 40 serialization failure or deadlock,
     * 53 insufficient resources, 57 operator intervention (a restart), 55P03 lock not available.
     */
    static boolean isTransient(String sqlState) {
        return sqlState.startsWith("08") || sqlState.startsWith("40") || sqlState.startsWith("53")
                || sqlState.startsWith("57") || sqlState.equals("55P03");
    }

    private static boolean mentionsConnection(String message) {
        return message != null && (message.contains("onnection") || message.contains("imeout") || message.contains("closed"));
    }
}
