package ocop.criteria.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import ocop.access.AccessApi;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.criteria.CriteriaException;
import ocop.criteria.domain.SheetIndex;
import ocop.registry.ProductView;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tệp minh chứng của phiếu tự đánh giá (evidence files per item): upload (a first upload saves an empty draft),
 * download and removal, by the same people and in the same scope as the assessment itself.
 */
@Service
public class SelfAssessmentFiles {

    /** A file with its bytes, for download. */
    public record Content(SelfAssessmentFile file, byte[] bytes) {
    }

    private final SelfAssessmentService assessments;
    private final SelfAssessmentRepository repository;
    private final SelfAssessmentFileStore store;
    private final AccessApi access;
    private final AuditTrail audit;

    SelfAssessmentFiles(SelfAssessmentService assessments, SelfAssessmentRepository repository, SelfAssessmentFileStore store,
            AccessApi access, AuditTrail audit) {
        this.assessments = assessments;
        this.repository = repository;
        this.store = store;
        this.access = access;
        this.audit = audit;
    }

    /** The files of one item after the upload. */
    @Transactional
    public List<SelfAssessmentFile> add(long productId, String item, String fileName, byte[] bytes) {
        ProductView product = writable(productId);
        SelfAssessmentRow row = repository.byProduct(productId).orElse(null);
        if (row == null) {
            assessments.save(productId, new SelfAssessmentInput(Map.of(), Set.of(), Map.of(), null), false);
            row = repository.byProduct(productId).orElseThrow();
        }
        try {
            SheetIndex.of(assessments.sheet(product, java.util.Optional.of(row))).item(item == null ? "" : item);
        } catch (CriteriaException e) {
            throw new InvalidInputException("item", e.getMessage());
        }
        String name = fileName == null || fileName.isBlank() ? "minh-chung" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        ocop.system.FileVault.Stored stored = store.store(row.id(), bytes);
        long id = repository.addFile(row.id(), item, name, stored, access.currentUser().username());
        audit.record("self-assessment", row.id(), product.unitCode(), AuditAction.UPLOAD, null,
                Map.of("item", item, "file", name, "sha256", stored.sha256(), "fileId", id));
        return files(row.id(), item);
    }

    @Transactional(readOnly = true)
    public List<SelfAssessmentFile> list(long productId, String item) {
        assessments.product(productId);
        return repository.byProduct(productId).map(r -> files(r.id(), item)).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public Content read(long productId, long fileId) {
        assessments.product(productId);
        SelfAssessmentRow row = repository.byProduct(productId).orElseThrow(SelfAssessmentService::notFound);
        SelfAssessmentFile file = repository.file(row.id(), fileId).orElseThrow(SelfAssessmentService::notFound);
        return new Content(file, store.read(repository.storedPath(fileId).orElseThrow()));
    }

    /** The item's remaining files. */
    @Transactional
    public List<SelfAssessmentFile> remove(long productId, long fileId) {
        ProductView product = writable(productId);
        SelfAssessmentRow row = repository.byProduct(productId).orElseThrow(SelfAssessmentService::notFound);
        SelfAssessmentFile file = repository.file(row.id(), fileId).orElseThrow(SelfAssessmentService::notFound);
        repository.deleteFile(fileId);
        audit.record("self-assessment", row.id(), product.unitCode(), AuditAction.DELETE,
                Map.of("item", file.itemCode(), "file", file.fileName(), "sha256", file.sha256()), null);
        return files(row.id(), file.itemCode());
    }

    private List<SelfAssessmentFile> files(long assessmentId, String item) {
        return repository.files(assessmentId).stream().filter(f -> f.itemCode().equals(item)).toList();
    }

    private ProductView writable(long productId) {
        ProductView product = assessments.product(productId);
        if (!SelfAssessmentAccess.mayWrite(access.currentUser(), product)) {
            throw new ForbiddenException("Chỉ chủ thể của sản phẩm hoặc cán bộ phường được thêm, xóa minh chứng.");
        }
        return product;
    }
}
