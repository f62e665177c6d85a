package la.rtp.tracker.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The row count of every table of the application schema and, for tables with optimistic
 * locking, the sum of {@code version}: an insert, a delete or an update of a versioned row all
 * change the snapshot. Read in one statement, so it is cheap enough to take after every request.
 * The schema is {@code public} on both H2 (lower-cased by DATABASE_TO_LOWER) and PostgreSQL.
 */
final class DatabaseSnapshot {

    private final DataSource dataSource;
    private final List<String> labels = new ArrayList<>();
    private final String sql;

    DatabaseSnapshot(DataSource dataSource) {
        this.dataSource = dataSource;
        List<String> parts = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1).toLowerCase());
                }
            }
            List<String> versioned = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.columns "
                    + "where table_schema = 'public' and column_name = 'version' "
                    + "and lower(data_type) in ('bigint', 'integer')")) {
                while (rs.next()) {
                    versioned.add(rs.getString(1).toLowerCase());
                }
            }
            for (String t : tables) {
                labels.add(t);
                parts.add("(select count(*) from " + t + ")");
                if (versioned.contains(t)) {
                    labels.add(t + ".version");
                    parts.add("(select coalesce(sum(version), 0) from " + t + ")");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (!labels.contains("audit_log") || labels.size() < 10) {
            throw new IllegalStateException("Unexpected schema, tables found: " + labels);
        }
        sql = "select " + String.join(", ", parts);
    }

    List<String> tables() {
        return labels.stream().filter(l -> !l.contains(".")).toList();
    }

    Map<String, Long> take() {
        Map<String, Long> snap = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            for (int i = 0; i < labels.size(); i++) {
                snap.put(labels.get(i), rs.getLong(i + 1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return snap;
    }

    /** What differs between two snapshots, e.g. {@code {meeting=+1, audit_log=+1}}. */
    static Map<String, Long> diff(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> d = new LinkedHashMap<>();
        after.forEach((k, v) -> {
            if (!Objects.equals(before.get(k), v)) {
                d.put(k, v - before.getOrDefault(k, 0L));
            }
        });
        return d;
    }
}
