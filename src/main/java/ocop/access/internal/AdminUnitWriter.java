package ocop.access.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ocop.access.internal.AdminUnitCsvParser.CsvUnit;
import ocop.system.VietnameseText;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ghi đơn vị hành chính và tên theo thời gian (writes units and their dated names) in batches, in the caller's
 * transaction. The open name row of a unit is the one with {@code valid_until IS NULL}.
 */
@Component
class AdminUnitWriter {

    private final JdbcTemplate jdbc;

    AdminUnitWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The open name of a unit. */
    record CurrentName(String code, String level, String provinceCode, String name, String type, LocalDate validFrom) {
    }

    Map<String, CurrentName> currentNames() {
        Map<String, CurrentName> names = new HashMap<>();
        jdbc.query("""
                SELECT u.code, u.level, u.province_code, n.name, n.unit_type, n.valid_from
                  FROM access.admin_unit u
                  JOIN access.admin_unit_name n ON n.unit_code = u.code AND n.valid_until IS NULL
                """, rs -> {
            names.put(rs.getString(1), new CurrentName(rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class)));
        });
        return names;
    }

    void addUnits(List<CsvUnit> units) {
        batch("""
                INSERT INTO access.admin_unit (code, level, province_code) VALUES (?, ?, ?)
                ON CONFLICT (code) DO NOTHING
                """, units, (ps, u) -> {
            ps.setString(1, u.code());
            ps.setString(2, u.level());
            ps.setString(3, u.provinceCode());
        });
    }

    /** Ends the open name of each unit on {@code validUntil} (exclusive). */
    void closeNames(List<String> codes, LocalDate validUntil) {
        batch("UPDATE access.admin_unit_name SET valid_until = ? WHERE unit_code = ? AND valid_until IS NULL", codes,
                (ps, code) -> {
                    ps.setObject(1, validUntil);
                    ps.setString(2, code);
                });
    }

    /** Corrects the open name in place (same valid-from date). */
    void replaceNames(List<CsvUnit> units) {
        batch("""
                UPDATE access.admin_unit_name SET name = ?, search_name = ?, unit_type = ?
                 WHERE unit_code = ? AND valid_until IS NULL
                """, units, (ps, u) -> {
            ps.setString(1, u.name());
            ps.setString(2, VietnameseText.fold(u.name()));
            ps.setString(3, u.type());
            ps.setString(4, u.code());
        });
    }

    void addNames(List<CsvUnit> units, LocalDate validFrom, String source) {
        batch("""
                INSERT INTO access.admin_unit_name (unit_code, name, search_name, unit_type, valid_from, source)
                VALUES (?, ?, ?, ?, ?, ?)
                """, units, (ps, u) -> {
            ps.setString(1, u.code());
            ps.setString(2, u.name());
            ps.setString(3, VietnameseText.fold(u.name()));
            ps.setString(4, u.type());
            ps.setObject(5, validFrom);
            ps.setString(6, source);
        });
    }

    private interface Setter<T> {
        void set(PreparedStatement ps, T item) throws SQLException;
    }

    private <T> void batch(String sql, List<T> items, Setter<T> setter) {
        if (items.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                setter.set(ps, items.get(i));
            }

            @Override
            public int getBatchSize() {
                return items.size();
            }
        });
    }
}
