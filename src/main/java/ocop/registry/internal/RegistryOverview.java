package ocop.registry.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import ocop.access.UnitScope;
import ocop.registry.OcopStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Figures for the home page, counted in SQL within the user's scope. */
@Component
public class RegistryOverview {

    private final JdbcClient jdbc;

    RegistryOverview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Producers, products by status, ranked products by star class, youth start-ups. */
    public record Counts(long producers, long youthStartups, Map<OcopStatus, Long> productsByStatus,
                         Map<Integer, Long> rankedByStars) {

        public long products() {
            return productsByStatus.values().stream().mapToLong(Long::longValue).sum();
        }

        public long status(OcopStatus status) {
            return productsByStatus.getOrDefault(status, 0L);
        }

        public long stars(int stars) {
            return rankedByStars.getOrDefault(stars, 0L);
        }
    }

    public Counts counts(UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = ScopeSql.onProducer(scope, params);
        long producers = jdbc.sql("SELECT count(*) FROM registry.producer pr WHERE " + where).params(params)
                .query(Long.class).single();
        long youth = jdbc.sql("SELECT count(*) FROM registry.producer pr WHERE pr.youth_startup AND " + where)
                .params(params).query(Long.class).single();
        Map<OcopStatus, Long> byStatus = new EnumMap<>(OcopStatus.class);
        Map<Integer, Long> byStars = new HashMap<>();
        String from = " FROM registry.product p JOIN registry.producer pr ON pr.id = p.producer_id WHERE " + where;
        jdbc.sql("SELECT p.status, count(*)" + from + " GROUP BY p.status").params(params)
                .query((rs, i) -> byStatus.put(OcopStatus.valueOf(rs.getString(1)), rs.getLong(2))).list();
        jdbc.sql("SELECT p.current_stars, count(*)" + from + " AND p.status = 'RANKED' GROUP BY p.current_stars")
                .params(params).query((rs, i) -> byStars.put(rs.getInt(1), rs.getLong(2))).list();
        return new Counts(producers, youth, byStatus, byStars);
    }
}
