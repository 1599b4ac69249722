package org.convene.limits;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.agroal.pool.DataSource;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.Driver;

/**
 * Rate limits that hold across instances: each key's token bucket lives in one PostgreSQL table,
 * locked row by row while a use is counted, so two instances of a part share one allowance.
 *
 * <p>It opens its own small JDBC pool from a URL, user and password (a Hibernate Reactive service
 * has no JDBC data source to lend), and creates its table when missing. {@link #tryTake} blocks on
 * the database; {@link #take} moves that call off the Vert.x event loop.
 */
public final class SharedRateLimiter implements AutoCloseable {

    static final String TABLE = "rate_limit_buckets";
    private static final int POOL_SIZE = 4;
    /** Rows of buckets that are full again are deleted this many at a time. */
    private static final int FORGET_BATCH = 1000;

    private final AgroalDataSource pool;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    private SharedRateLimiter(AgroalDataSource pool, TimeMeter clock) {
        this.pool = pool;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(pool)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .clientClock(clock)
                // A bucket that has refilled is the same as none: its row may go.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    public static SharedRateLimiter connect(String jdbcUrl, String user, String password) {
        return connect(jdbcUrl, user, password, TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** With a clock of one's own, for tests that move time on. */
    public static SharedRateLimiter connect(String jdbcUrl, String user, String password, TimeMeter clock) {
        AgroalDataSource pool = pool(jdbcUrl, user, password);
        try {
            createTable(pool);
            return new SharedRateLimiter(pool, clock);
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw new IllegalStateException("cannot set up the rate limits' table at " + jdbcUrl, e);
        }
    }

    /** Counts one use of the rule by this key. Blocks on the database: not for the event loop. */
    public RateVerdict tryTake(RateRule rule, String key) {
        ConsumptionProbe probe = buckets.builder().build(rule.name() + ":" + key, rule::bucket)
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? new RateVerdict(true, Duration.ZERO)
                : new RateVerdict(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** {@link #tryTake} on a worker thread when called on the event loop; the answer comes back on the caller's context. */
    public Uni<RateVerdict> take(RateRule rule, String key) {
        if (Context.isOnEventLoopThread()) {
            return VertxContextSupport.executeBlocking(() -> tryTake(rule, key));
        }
        return Uni.createFrom().item(() -> tryTake(rule, key));
    }

    /** Deletes the rows of buckets that are full again; returns how many went. Blocks on the database. */
    public int forgetExpired() {
        int total = 0;
        int removed;
        do {
            removed = buckets.removeExpired(FORGET_BATCH);
            total += removed;
        } while (removed == FORGET_BATCH);
        return total;
    }

    @Override
    public void close() {
        pool.close();
    }

    private static AgroalDataSource pool(String jdbcUrl, String user, String password) {
        return new DataSource(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.minSize(0).maxSize(POOL_SIZE)
                        .acquisitionTimeout(Duration.ofSeconds(5))
                        .connectionFactoryConfiguration(factory -> factory.jdbcUrl(jdbcUrl)
                                .connectionProviderClass(Driver.class)
                                .principal(new NamePrincipal(user)).credential(new SimplePassword(password))))
                .get());
    }

    /** Instances starting together take turns (an advisory lock), as "if not exists" alone races in PostgreSQL. */
    private static void createTable(AgroalDataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute("select pg_advisory_xact_lock(hashtext('" + TABLE + "'))");
                sql.execute("create table if not exists " + TABLE + " (id text primary key, state bytea,"
                        + " expires_at bigint)");
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
