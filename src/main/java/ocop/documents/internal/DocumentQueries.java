package ocop.documents.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ocop.access.UnitScope;
import ocop.documents.DocumentFilter;
import ocop.documents.DocumentStatus;
import ocop.documents.DocumentSummary;
import ocop.documents.DocumentType;
import ocop.system.PageSlice;
import ocop.system.VietnameseText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register as a list (sổ văn bản đi): scoped, filtered by year, type and status (discarded drafts only when that
 * status is asked for), searched on the folded subject and number (no diacritics, any case), drafts first, then by
 * date and number, newest first; paged in the database.
 */
@Component
public class DocumentQueries {

    private final JdbcClient jdbc;

    DocumentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageSlice<DocumentSummary> search(UnitScope scope, DocumentFilter f, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(scope(scope, params));
        if (f.year() != null) {
            where.append(" AND d.register_year = :year");
            params.put("year", f.year());
        }
        if (f.type() != null) {
            where.append(" AND d.type = :type");
            params.put("type", f.type().name());
        }
        if (f.status() != null) {
            where.append(" AND d.status = :status");
            params.put("status", f.status().name());
        } else {
            where.append(" AND d.status <> 'DISCARDED'");
        }
        String q = VietnameseText.fold(f.q());
        if (q != null && !q.isEmpty()) {
            where.append(" AND d.search_text LIKE :q");
            params.put("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("SELECT count(*) FROM documents.document d WHERE " + where).params(params)
                .query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<DocumentSummary> items = jdbc.sql(DocumentRepository.SELECT + " WHERE " + where
                        + " ORDER BY (d.status = 'DRAFT') DESC, d.issued_on DESC NULLS FIRST, d.sequence DESC NULLS FIRST,"
                        + " d.id DESC LIMIT :limit OFFSET :offset").params(params)
                .query((rs, i) -> new DocumentSummary(rs.getLong("id"), rs.getString("unit_code"),
                        DocumentType.valueOf(rs.getString("type")), DocumentStatus.valueOf(rs.getString("status")),
                        rs.getString("subject"), rs.getString("number_text"),
                        rs.getObject("issued_on", java.time.LocalDate.class), rs.getString("signer_name"),
                        rs.getString("created_by")))
                .list();
        return new PageSlice<>(items, page, size, total);
    }

    /** Years that have documents in scope, newest first, for the year filter. */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public List<Integer> years(UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT DISTINCT d.register_year FROM documents.document d WHERE " + scope(scope, params)
                + " ORDER BY 1 DESC").params(params).query(Integer.class).list();
    }

    private static String scope(UnitScope scope, Map<String, Object> params) {
        return switch (scope.kind()) {
            case ALL -> "TRUE";
            case PROVINCE -> {
                params.put("scopeProvince", scope.provinceCode());
                yield "d.province_code = :scopeProvince";
            }
            case UNIT, NEIGHBOURHOOD -> {
                params.put("scopeUnit", scope.unitCode());
                yield "d.unit_code = :scopeUnit";
            }
            case PRODUCER -> "FALSE";
        };
    }
}
