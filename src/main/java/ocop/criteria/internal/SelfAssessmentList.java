package ocop.criteria.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import ocop.access.AccessApi;
import ocop.registry.ProductView;
import ocop.registry.RegistryApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Danh sách phiếu tự đánh giá (the self-assessments the signed-in user may read): those of its scope, each product read
 * through the registry (so the registry's scope rules decide; a product it cannot see is left out).
 */
@Service
public class SelfAssessmentList {

    static final int LIMIT = 200;

    /** One line: the product, the sheet version, status and result. */
    public record Line(long id, long productId, String productName, String producerName, String sheetCode,
            int sheetVersion, String status, int total, int stars, String updatedBy, OffsetDateTime updatedAt) {

        public boolean completed() {
            return SelfAssessmentRow.COMPLETED.equals(status);
        }
    }

    private final SelfAssessmentRepository repository;
    private final RegistryApi registry;
    private final AccessApi access;

    SelfAssessmentList(SelfAssessmentRepository repository, RegistryApi registry, AccessApi access) {
        this.repository = repository;
        this.registry = registry;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<Line> visible() {
        return repository.inScope(access.currentUser().scope(), LIMIT).stream()
                .flatMap(r -> line(r, registry.product(r.productId())).stream()).toList();
    }

    private static Optional<Line> line(SelfAssessmentRow r, Optional<ProductView> product) {
        return product.map(p -> new Line(r.id(), p.id(), p.name(), p.producerName(), r.sheetCode(), r.sheetVersion(),
                r.status(), r.total(), r.stars(), r.updatedBy(), r.updatedAt()));
    }
}
