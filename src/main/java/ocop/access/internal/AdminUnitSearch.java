package ocop.access.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ocop.access.AdministrativeUnit;
import ocop.access.AdministrativeUnit.Level;
import ocop.system.PageSlice;
import ocop.system.VietnameseText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tra cứu đơn vị hành chính (administrative-unit search) as named on a given day, for any signed-in user: by name
 * without diacritics, province and level, one page at a time, counted and filtered in SQL.
 */
@Service
public class AdminUnitSearch {

    private final JdbcClient jdbc;
    private final Clock clock;

    AdminUnitSearch(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * One page of units as named on {@code day}: {@code q} matches the name without diacritics (trigram index on
     * {@code search_name}), {@code province} the province code and {@code level} the level. Counted in SQL.
     */
    @Transactional(readOnly = true)
    public PageSlice<AdministrativeUnit> search(String q, String province, Level level, LocalDate day, Integer page,
                                                Integer size) {
        int p = PageSlice.clampPage(page);
        int s = PageSlice.clampSize(size);
        String folded = VietnameseText.fold(q);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (folded != null && !folded.isEmpty()) {
            where.append(" AND n.search_name LIKE '%' || :q || '%'");
        }
        if (province != null && !province.isBlank()) {
            where.append(" AND u.province_code = :province");
        }
        if (level != null) {
            where.append(" AND u.level = :level");
        }
        LocalDate on = day == null ? today() : day;
        String like = folded == null ? "" : folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        String trimmedProvince = province == null ? "" : province.trim();
        String levelName = level == null ? "" : level.name();
        long total = jdbc.sql("""
                SELECT count(*) FROM access.admin_unit u
                  JOIN access.admin_unit_name n ON n.unit_code = u.code
                       AND n.valid_from <= :day AND (n.valid_until IS NULL OR n.valid_until > :day)
                """ + where).param("day", on).param("q", like).param("province", trimmedProvince)
                .param("level", levelName).query(Long.class).single();
        List<AdministrativeUnit> items = jdbc.sql(AdminUnitQueries.UNIT_AS_OF + where
                        + " ORDER BY u.province_code, u.level DESC, u.code LIMIT :limit OFFSET :offset")
                .param("day", on).param("q", like).param("province", trimmedProvince).param("level", levelName)
                .param("limit", s).param("offset", (long) p * s)
                .query(AdminUnitQueries::map).list();
        return new PageSlice<>(items, p, s, total);
    }

    /** The unit as named on {@code day}, or, when it is not yet in force that day, its next name. */
    @Transactional(readOnly = true)
    public Optional<AdministrativeUnit> find(String code, LocalDate day) {
        LocalDate on = day == null ? today() : day;
        return jdbc.sql("""
                SELECT u.code, u.level, n.name, n.unit_type, u.province_code,
                       (SELECT pn.name FROM access.admin_unit_name pn WHERE pn.unit_code = u.province_code
                           AND pn.valid_from <= greatest(:day, n.valid_from)
                         ORDER BY pn.valid_from DESC LIMIT 1) AS province_name
                  FROM access.admin_unit u
                  JOIN access.admin_unit_name n ON n.unit_code = u.code
                 WHERE u.code = :code AND (n.valid_until IS NULL OR n.valid_until > :day)
                 ORDER BY (n.valid_from <= :day) DESC, n.valid_from
                 LIMIT 1
                """).param("code", code).param("day", on).query(AdminUnitQueries::map).optional();
    }

    /** The provinces as named on {@code day}, by code. */
    @Transactional(readOnly = true)
    public List<AdministrativeUnit> provinces(LocalDate day) {
        return jdbc.sql(AdminUnitQueries.UNIT_AS_OF + " WHERE u.level = 'PROVINCE' ORDER BY u.code")
                .param("day", day == null ? today() : day).query(AdminUnitQueries::map).list();
    }
}
