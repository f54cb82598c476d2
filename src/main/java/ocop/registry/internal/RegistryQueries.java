package ocop.registry.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ocop.access.UnitScope;
import ocop.registry.ProducerFilter;
import ocop.registry.ProducerSummary;
import ocop.registry.ProductFilter;
import ocop.registry.OcopStatus;
import ocop.registry.ProducerType;
import ocop.system.PageSlice;
import ocop.system.VietnameseText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lists of producers and products: scoped, filtered, searched on the folded text (trigram index) and paged in
 * the database — never whole tables in memory.
 */
@Component
class RegistryQueries {

    private final JdbcClient jdbc;

    RegistryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageSlice<ProducerSummary> producers(UnitScope scope, ProducerFilter f, int page, int size,
                                         Function<Long, String> neighbourhoodName) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(ScopeSql.onProducer(scope, params));
        String q = VietnameseText.fold(f.q());
        if (q != null && !q.isEmpty()) {
            where.append(" AND pr.search_text LIKE :q");
            params.put("q", ScopeSql.containsPattern(q));
        }
        if (f.type() != null) {
            where.append(" AND pr.type = :type");
            params.put("type", f.type().name());
        }
        if (f.neighbourhoodId() != null) {
            where.append(" AND pr.neighbourhood_id = :nb");
            params.put("nb", f.neighbourhoodId());
        }
        long total = jdbc.sql("SELECT count(*) FROM registry.producer pr WHERE " + where).params(params)
                .query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<ProducerSummary> items = jdbc.sql("""
                SELECT pr.id, pr.unit_code, pr.type, pr.name, pr.representative_name,
                       coalesce(pr.tax_code, pr.registration_no, pr.personal_id) AS legal_id, pr.neighbourhood_id,
                       pr.phone, pr.demo,
                       (SELECT count(*) FROM registry.product x WHERE x.producer_id = pr.id) AS product_count
                  FROM registry.producer pr WHERE\s""" + where + " ORDER BY pr.name, pr.id LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, i) -> new ProducerSummary(rs.getLong("id"), rs.getString("unit_code"),
                        ProducerType.valueOf(rs.getString("type")), rs.getString("name"),
                        rs.getString("representative_name"), rs.getString("legal_id"),
                        neighbourhoodName.apply((Long) rs.getObject("neighbourhood_id")), rs.getString("phone"),
                        rs.getInt("product_count"), rs.getBoolean("demo")))
                .list();
        return new PageSlice<>(items, page, size, total);
    }

    /** Product rows matching the filter, as (product, producer name) pairs; the caller names the classification. */
    PageSlice<ProductListRow> products(UnitScope scope, ProductFilter f, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(ScopeSql.onProducer(scope, params));
        String q = VietnameseText.fold(f.q());
        if (q != null && !q.isEmpty()) {
            where.append(" AND (p.search_text LIKE :q OR pr.search_text LIKE :q)");
            params.put("q", ScopeSql.containsPattern(q));
        }
        if (f.status() != null) {
            where.append(" AND p.status = :status");
            params.put("status", f.status().name());
        }
        if (f.stars() != null) {
            where.append(" AND p.current_stars = :stars");
            params.put("stars", f.stars());
        }
        if (f.group() != null && !f.group().isBlank()) {
            where.append(" AND (p.classification_code = :group OR p.classification_code LIKE :groupPrefix)");
            params.put("group", f.group());
            params.put("groupPrefix", ScopeSql.containsPattern(f.group() + ".").substring(1));
        }
        if (f.neighbourhoodId() != null) {
            where.append(" AND pr.neighbourhood_id = :nb");
            params.put("nb", f.neighbourhoodId());
        }
        if (f.producerId() != null) {
            where.append(" AND p.producer_id = :producer");
            params.put("producer", f.producerId());
        }
        String from = " FROM registry.product p JOIN registry.producer pr ON pr.id = p.producer_id WHERE " + where;
        long total = jdbc.sql("SELECT count(*)" + from).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<ProductListRow> items = jdbc.sql("""
                SELECT p.id, p.producer_id, pr.name AS producer_name, p.name, p.classification_version,
                       p.classification_code, p.status, p.current_stars, p.programme_code, p.unit_code, p.demo
                """ + from + " ORDER BY p.name, p.id LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, i) -> new ProductListRow(rs.getLong("id"), rs.getLong("producer_id"),
                        rs.getString("producer_name"), rs.getString("name"), rs.getString("classification_version"),
                        rs.getString("classification_code"), OcopStatus.valueOf(rs.getString("status")),
                        (Integer) rs.getObject("current_stars"), rs.getString("programme_code"),
                        rs.getString("unit_code"), rs.getBoolean("demo")))
                .list();
        return new PageSlice<>(items, page, size, total);
    }

    long productCount(long producerId) {
        return jdbc.sql("SELECT count(*) FROM registry.product WHERE producer_id = :id").param("id", producerId)
                .query(Long.class).single();
    }

    /** The name of another producer of the unit holding this legal id, if any. Column names are our constants. */
    java.util.Optional<String> producerWith(String column, String value, String unitCode, Long self) {
        if (!List.of("tax_code", "registration_no", "personal_id").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("SELECT name FROM registry.producer WHERE unit_code = :unit AND " + column
                        + " = :value AND id <> :self LIMIT 1")
                .param("unit", unitCode).param("value", value).param("self", self == null ? -1L : self)
                .query(String.class).optional();
    }

    record ProductListRow(long id, long producerId, String producerName, String name, String classificationVersion,
                          String classificationCode, OcopStatus status, Integer currentStars, String programmeCode,
                          String unitCode, boolean demo) {
    }
}
