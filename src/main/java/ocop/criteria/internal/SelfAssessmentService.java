package ocop.criteria.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import ocop.access.AccessApi;
import ocop.access.AdministrativeUnit;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.access.CurrentUser;
import ocop.criteria.CriteriaApi;
import ocop.criteria.CriteriaException;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.Evaluation;
import ocop.registry.ProductView;
import ocop.registry.RegistryApi;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tự đánh giá (a product's self-assessment): opened on the sheet in force today for the product's classification
 * leaf, or on the version it was started with; evaluated live without saving; saved as a draft (unanswered items
 * allowed) or completed (every item answered). The product is read through the registry, scoped to the signed-in
 * user (outside the scope: 404); only {@link SelfAssessmentAccess#mayWrite} users may save.
 */
@Service
public class SelfAssessmentService {

    private final RegistryApi registry;
    private final AccessApi access;
    private final CriteriaApi criteria;
    private final SelfAssessmentRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    SelfAssessmentService(RegistryApi registry, AccessApi access, CriteriaApi criteria,
            SelfAssessmentRepository repository, AuditTrail audit, Clock clock) {
        this.registry = registry;
        this.access = access;
        this.criteria = criteria;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SelfAssessmentView open(long productId) {
        ProductView product = product(productId);
        Optional<SelfAssessmentRow> row = repository.byProduct(productId);
        CriteriaSheet sheet = sheet(product, row);
        if (row.isEmpty()) {
            return view(product, sheet, null, new SelfAssessmentInput(Map.of(), Set.of(), Map.of(), 0));
        }
        SelfAssessmentRow r = row.get();
        return view(product, sheet, r, new SelfAssessmentInput(r.answers(), r.declared(), r.notes(), r.version()));
    }

    /** The assessment with this id, when its product is in the user's scope. */
    @Transactional(readOnly = true)
    public SelfAssessmentView byId(long id) {
        SelfAssessmentRow row = repository.byId(id).orElseThrow(SelfAssessmentService::notFound);
        return open(row.productId());
    }

    /** Evaluates what is on the form without saving it (the live summary). */
    @Transactional(readOnly = true)
    public SelfAssessmentView evaluate(long productId, SelfAssessmentInput input) {
        ProductView product = product(productId);
        Optional<SelfAssessmentRow> row = repository.byProduct(productId);
        CriteriaSheet sheet = sheet(product, row);
        return view(product, sheet, row.orElse(null), SelfAssessmentInputs.clean(sheet, input));
    }

    @Transactional
    public SelfAssessmentView save(long productId, SelfAssessmentInput input, boolean complete) {
        ProductView product = product(productId);
        CurrentUser me = access.currentUser();
        if (!SelfAssessmentAccess.mayWrite(me, product)) {
            throw new ForbiddenException("Chỉ chủ thể của sản phẩm hoặc cán bộ phường được tự đánh giá sản phẩm này.");
        }
        Optional<SelfAssessmentRow> existing = repository.byProduct(productId);
        CriteriaSheet sheet = sheet(product, existing);
        SelfAssessmentInput clean = SelfAssessmentInputs.clean(sheet, input);
        Evaluation result = evaluate(sheet, clean);
        if (complete && !result.incompleteItems().isEmpty()) {
            throw new InvalidInputException("answers", "Còn " + result.incompleteItems().size()
                    + " tiêu chí chưa chọn phương án (" + String.join(", ", result.incompleteItems())
                    + "): chưa thể hoàn thành, hãy lưu nháp.");
        }
        String status = complete ? SelfAssessmentRow.COMPLETED : SelfAssessmentRow.DRAFT;
        OffsetDateTime completedAt = complete ? OffsetDateTime.now(clock) : null;
        SelfAssessmentRow row = existing.map(r -> new SelfAssessmentRow(r.id(), r.productId(), r.producerId(),
                r.unitCode(), r.provinceCode(), r.sheetCode(), r.sheetVersion(), clean.answers(),
                List.copyOf(clean.declared()), clean.notes(), status, result.total(), result.stars(), completedAt,
                r.createdBy(), r.createdAt(), me.username(), null,
                input.version() == null ? r.version() : input.version())).orElse(null);
        long id;
        if (row == null) {
            String province = access.unit(product.unitCode()).map(AdministrativeUnit::provinceCode).orElse(null);
            try {
                id = repository.insert(new SelfAssessmentRow(null, productId, product.producerId(),
                        product.unitCode(), province, sheet.code(), sheet.version(), clean.answers(),
                        List.copyOf(clean.declared()), clean.notes(), status, result.total(), result.stars(),
                        completedAt, me.username(), null, me.username(), null, 0));
            } catch (DuplicateKeyException e) {
                throw new OptimisticLockingFailureException("self_assessment of product " + productId + " exists", e);
            }
        } else {
            repository.update(row);
            id = row.id();
        }
        audit.record("self-assessment", id, product.unitCode(), row == null ? AuditAction.CREATE : AuditAction.UPDATE,
                null, Map.of("product", productId, "sheet", sheet.code() + " v" + sheet.version(), "status", status,
                        "total", result.total(), "stars", result.stars()));
        return open(productId);
    }

    /** The product in the user's scope, or 404. */
    ProductView product(long productId) {
        return registry.product(productId).orElseThrow(SelfAssessmentService::notFound);
    }

    CriteriaSheet sheet(ProductView product, Optional<SelfAssessmentRow> row) {
        if (row.isPresent()) {
            return criteria.sheet(row.get().sheetCode(), row.get().sheetVersion()).orElseThrow(() ->
                    new IllegalStateException("Thiếu bộ tiêu chí " + row.get().sheetCode()));
        }
        LocalDate today = LocalDate.now(clock);
        return criteria.sheetFor(product.classificationVersion(), product.classificationCode(), today)
                .orElseThrow(() -> new NotFoundException("Chưa có bộ tiêu chí đang hiệu lực cho nhóm sản phẩm "
                        + product.classificationCode() + " (" + product.classificationVersion() + ")."));
    }

    private SelfAssessmentView view(ProductView product, CriteriaSheet sheet, SelfAssessmentRow row,
            SelfAssessmentInput input) {
        Map<String, List<SelfAssessmentFile>> files = row == null ? Map.of() : repository.files(row.id()).stream()
                .collect(Collectors.groupingBy(SelfAssessmentFile::itemCode, TreeMap::new, Collectors.toList()));
        boolean mayWrite = SelfAssessmentAccess.mayWrite(access.currentUser(), product);
        return new SelfAssessmentView(row == null ? null : row.id(), product, sheet,
                row == null ? SelfAssessmentRow.DRAFT : row.status(), input.answers(),
                new LinkedHashSet<>(input.declared()), input.notes(), evaluate(sheet, input), files, mayWrite,
                input.version() == null ? (row == null ? 0 : row.version()) : input.version(),
                row == null ? null : row.updatedBy(), row == null ? null : row.updatedAt(),
                row == null ? null : row.completedAt());
    }

    private Evaluation evaluate(CriteriaSheet sheet, SelfAssessmentInput input) {
        try {
            return criteria.evaluate(sheet.code(), sheet.version(), input.answers(), Set.copyOf(input.declared()));
        } catch (CriteriaException e) {
            throw new InvalidInputException(e.field(), e.getMessage());
        }
    }

    static NotFoundException notFound() {
        return new NotFoundException("Không tìm thấy sản phẩm hoặc phiếu tự đánh giá, hoặc bạn không có quyền xem.");
    }
}
