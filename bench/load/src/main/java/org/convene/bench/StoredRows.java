package org.convene.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What each service stored, read straight from its database after a fault run: the only way to
 * see rows that were committed but never acknowledged, and rows stored twice. Only the fault
 * test does this; the services never read each other's tables.
 */
final class StoredRows {

    private StoredRows() {}

    /** The first column of every row the query returns, with the one parameter bound. */
    static List<String> column(String service, String sql, String parameter) {
        String url = "jdbc:postgresql://127.0.0.1:5432/convene_" + service;
        String password = System.getenv().getOrDefault("CONVENE_DB_PASSWORD", "convene-local");
        try (Connection db = DriverManager.getConnection(url, "convene_" + service, password);
             PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the " + service + " database: " + e.getMessage(), e);
        }
    }
}
