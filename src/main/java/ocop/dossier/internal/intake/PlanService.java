package ocop.dossier.internal.intake;

import ocop.dossier.internal.DossierGuard;
import ocop.dossier.internal.DossierNotices;
import ocop.dossier.internal.EvidenceStore;
import ocop.dossier.internal.Texts;
import ocop.access.CurrentUser;
import ocop.dossier.EvidenceFile;
import ocop.dossier.domain.DossierPermissions;
import ocop.dossier.domain.ProductCycle;
import ocop.dossier.domain.ProductCycle.Event;
import ocop.registry.ProductView;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business plan of a new idea (phương án sản xuất kinh doanh, bước 3 của chu trình): the producer (or the officer)
 * submits a summary and optionally the plan's file; the officer then accepts or returns it ({@link IntakeService}).
 */
@Service
public class PlanService {

    private final CycleService cycles;
    private final CycleStore store;
    private final IntakeService intake;
    private final DossierGuard guard;
    private final EvidenceStore files;
    private final DossierNotices notices;

    PlanService(CycleService cycles, CycleStore store, IntakeService intake, DossierGuard guard, EvidenceStore files,
                DossierNotices notices) {
        this.cycles = cycles;
        this.store = store;
        this.intake = intake;
        this.guard = guard;
        this.files = files;
        this.notices = notices;
    }

    /** Submits (or resubmits) the business plan: a summary and, optionally, its file (PDF, DOCX, XLSX, image). */
    @Transactional
    public CycleView submitPlan(long productId, String summary, String fileName, byte[] bytes, Integer version) {
        CurrentUser user = guard.user();
        ProductView product = cycles.product(productId);
        if (!DossierPermissions.mayRegister(user, product.producerId())) {
            throw new ForbiddenException("Chỉ chủ thể hoặc cán bộ Phòng Kinh tế được nộp phương án sản xuất kinh doanh.");
        }
        String text = summary == null || summary.isBlank() ? null : Texts.clean(summary);
        boolean hasFile = bytes != null && bytes.length > 0;
        if (text == null && !hasFile) {
            throw new InvalidInputException("summary", "Nhập tóm tắt phương án hoặc đính kèm tệp phương án.");
        }
        if (text != null && text.length() > IntakeService.MAX_TEXT) {
            throw new InvalidInputException("summary", "Tóm tắt dài quá " + IntakeService.MAX_TEXT + " ký tự.");
        }
        CycleRow row = cycles.ensure(product);
        IntakeService.checkVersion(row, version);
        ProductCycle next = row.cycle().submitPlan();
        CycleRow updated = row.with(next);
        if (hasFile) {
            ocop.system.FileVault.Stored f = files.store("plans/" + productId, bytes);
            String name = fileName == null || fileName.isBlank() ? "phuong-an." + f.kind().extension()
                    : fileName.replace('\\', '/').substring(fileName.replace('\\', '/').lastIndexOf('/') + 1);
            updated = updated.withPlan(text, name, f.kind().contentType(), f.sha256(), f.path());
        } else {
            updated = updated.withPlan(text, row.planFileName(), row.planContentType(), row.planSha256(), row.planPath());
        }
        intake.save(updated, Event.PLAN_SUBMITTED, null, user);
        notices.officers(product.unitCode(), "Phương án SXKD cần xem xét: " + product.name(),
                product.producerName() + " đã nộp phương án sản xuất kinh doanh.", IntakeService.link(productId));
        return cycles.view(productId);
    }

    @Transactional(readOnly = true)
    public EvidenceFile planFile(long productId) {
        cycles.view(productId);
        CycleRow row = store.find(productId).filter(r -> r.planPath() != null)
                .orElseThrow(() -> new NotFoundException("Chưa có tệp phương án sản xuất kinh doanh."));
        return new EvidenceFile(row.planFileName(), row.planContentType(), files.read(row.planPath()), row.planSha256());
    }

}
