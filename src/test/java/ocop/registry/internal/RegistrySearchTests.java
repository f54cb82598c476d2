package ocop.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ocop.OcopIntegrationTest;
import ocop.access.UnitScope;
import ocop.registry.ProducerFilter;
import ocop.registry.ProducerSummary;
import ocop.registry.ProductFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Search on the embedded PostgreSQL: no diacritics, no case, scoped and paged in SQL with a trigram index. */
@OcopIntegrationTest
class RegistrySearchTests {

    private static final UnitScope WARD = new UnitScope(UnitScope.Kind.UNIT, "75", "26080", null, null);

    @Autowired
    RegistryQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void findsAProducerByItsRepresentativeWithoutDiacritics() {
        var page = queries.producers(WARD, new ProducerFilter("hoang duy", null, null), 0, 20, id -> null);
        assertThat(page.items()).extracting(ProducerSummary::name).containsExactly("Hộ kinh doanh Giò chả truyền thống");
    }

    @Test
    void findsAProductIgnoringDiacriticsAndCase() {
        assertThat(queries.products(WARD, new ProductFilter("GIO CHA", null, null, null, null, null), 0, 20).items())
                .extracting(RegistryQueries.ProductListRow::name).contains("Giò chả");
        assertThat(queries.products(WARD, new ProductFilter("đông trùng", null, null, null, null, null), 0, 20)
                .items()).extracting(RegistryQueries.ProductListRow::name)
                .containsExactly("Nấm Đông trùng Hạ thảo Cordyceps Minh Khôi");
    }

    @Test
    void pagesInTheDatabaseWithTheTotalCount() {
        var all = queries.producers(WARD, ProducerFilter.none(), 0, 100, id -> null);
        var second = queries.producers(WARD, ProducerFilter.none(), 1, 3, id -> null);
        assertThat(second.total()).isEqualTo(all.total()).isGreaterThanOrEqualTo(11);
        assertThat(second.items()).hasSize(3).containsExactlyElementsOf(all.items().subList(3, 6));
    }

    @Test
    void anotherWardSeesNoneOfTheseRecords() {
        var other = new UnitScope(UnitScope.Kind.UNIT, "75", "26098", null, null);
        assertThat(queries.producers(other, new ProducerFilter("gio cha", null, null), 0, 20, id -> null).total())
                .isZero();
    }

    @Test
    void likeWildcardsInTheQueryAreTakenLiterally() {
        assertThat(queries.producers(WARD, new ProducerFilter("%", null, null), 0, 20, id -> null).total()).isZero();
    }

    @Test
    void searchColumnsAreTrigramIndexed() {
        assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE schemaname = 'registry'").query(String.class).list())
                .anyMatch(d -> d.contains("producer USING gin (search_text gin_trgm_ops)"))
                .anyMatch(d -> d.contains("product USING gin (search_text gin_trgm_ops)"));
    }
}
