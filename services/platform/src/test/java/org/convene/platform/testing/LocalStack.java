package org.convene.platform.testing;

/**
 * Where the local stack started by {@code deploy/local/start} listens. Integration tests run
 * against it; the addresses can be moved with system properties of the same names.
 */
public final class LocalStack {

    public static final String GATEWAY = url("convene.gateway.url", "http://127.0.0.1:8080");
    public static final String COMMUNITIES = url("convene.communities.url", "http://127.0.0.1:8081");
    public static final String ENGAGEMENT = url("convene.engagement.url", "http://127.0.0.1:8082");
    public static final String SYNTHESIS = url("convene.synthesis.url", "http://127.0.0.1:8083");
    public static final String KEYCLOAK = url("convene.keycloak.url", "http://127.0.0.1:8180");
    public static final String KAFKA = url("convene.kafka.bootstrap", "127.0.0.1:9092");
    /** A service database that tests may use directly (the engagement service's, with its local password). */
    public static final String DATABASE = url("convene.database.url", "jdbc:postgresql://127.0.0.1:5432/convene_engagement");
    public static final String DATABASE_USER = url("convene.database.user", "convene_engagement");
    public static final String DATABASE_PASSWORD = url("convene.database.password", "convene-local");

    private LocalStack() {}

    private static String url(String property, String fallback) {
        return System.getProperty(property, fallback);
    }
}
