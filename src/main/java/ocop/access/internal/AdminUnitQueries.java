package ocop.access.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ocop.access.AdministrativeUnit;
import ocop.access.Neighbourhood;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads administrative units as named on a given day, and their neighbourhoods. */
@Component
class AdminUnitQueries {

    static final String UNIT_AS_OF = """
            SELECT u.code, u.level, n.name, n.unit_type, u.province_code, pn.name AS province_name
              FROM access.admin_unit u
              JOIN access.admin_unit_name n ON n.unit_code = u.code
                   AND n.valid_from <= :day AND (n.valid_until IS NULL OR n.valid_until > :day)
              LEFT JOIN access.admin_unit_name pn ON pn.unit_code = u.province_code
                   AND pn.valid_from <= :day AND (pn.valid_until IS NULL OR pn.valid_until > :day)
            """;

    private final JdbcClient jdbc;

    AdminUnitQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AdministrativeUnit> unit(String code, LocalDate day) {
        return jdbc.sql(UNIT_AS_OF + " WHERE u.code = :code").param("code", code).param("day", day)
                .query(AdminUnitQueries::map).optional();
    }

    String provinceOf(String unitCode) {
        return jdbc.sql("SELECT province_code FROM access.admin_unit WHERE code = :code").param("code", unitCode)
                .query(String.class).optional().orElse(unitCode);
    }

    List<Neighbourhood> neighbourhoods(String unitCode) {
        return jdbc.sql("SELECT id, unit_code, name, demo FROM access.neighbourhood WHERE unit_code = :u ORDER BY id")
                .param("u", unitCode)
                .query((rs, i) -> new Neighbourhood(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    Optional<Neighbourhood> neighbourhood(long id) {
        return jdbc.sql("SELECT id, unit_code, name, demo FROM access.neighbourhood WHERE id = :id").param("id", id)
                .query((rs, i) -> new Neighbourhood(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .optional();
    }

    Neighbourhood addNeighbourhood(String unitCode, String name, boolean demo) {
        jdbc.sql("""
                INSERT INTO access.neighbourhood (unit_code, name, demo) VALUES (:u, :n, :d)
                ON CONFLICT (unit_code, name) DO NOTHING
                """).param("u", unitCode).param("n", name).param("d", demo).update();
        return jdbc.sql("SELECT id, unit_code, name, demo FROM access.neighbourhood WHERE unit_code = :u AND name = :n")
                .param("u", unitCode).param("n", name)
                .query((rs, i) -> new Neighbourhood(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .single();
    }

    static AdministrativeUnit map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AdministrativeUnit(rs.getString("code"), AdministrativeUnit.Level.valueOf(rs.getString("level")),
                rs.getString("name"), rs.getString("unit_type"), rs.getString("province_code"),
                rs.getString("province_name"));
    }
}
