package ocop.dossier.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.access.CurrentUser;
import ocop.dossier.DossierEvidence;
import ocop.dossier.EvidenceFile;
import ocop.dossier.domain.EvidenceChecklist;
import ocop.system.FieldError;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence of a dossier (tài liệu minh chứng): upload while the dossier is a draft or returned (type and size checked
 * from the content, stored with its SHA-256, the paper's issuer, number and dates recorded), remove, list, download.
 */
@Service
public class EvidenceService {

    static final int MAX_TEXT = 300;

    private final DossierGuard guard;
    private final DossierStore dossiers;
    private final EvidenceRows rows;
    private final EvidenceStore files;
    private final EvidenceChecklist checklist;
    private final AuditTrail audit;
    private final Clock clock;

    EvidenceService(DossierGuard guard, DossierStore dossiers, EvidenceRows rows, EvidenceStore files,
                    EvidenceChecklist checklist, AuditTrail audit, Clock clock) {
        this.guard = guard;
        this.dossiers = dossiers;
        this.rows = rows;
        this.files = files;
        this.checklist = checklist;
        this.audit = audit;
        this.clock = clock;
    }

    /** An uploaded piece: the checklist item, the file as sent, and the paper's data. */
    public record Upload(String itemCode, String fileName, byte[] bytes, String issuer, String number,
                         LocalDate issuedOn, LocalDate expiresOn) {
    }

    @Transactional
    public DossierEvidence upload(long dossierId, Upload u) {
        CurrentUser user = guard.user();
        DossierRow d = guard.editable(dossierId, user);
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        String item = u.itemCode() == null ? null : u.itemCode().strip();
        if (item == null || checklist.applicable(d.classificationCode()).stream().noneMatch(i -> i.code().equals(item))) {
            errors.add(new FieldError("itemCode", "Chọn mục minh chứng trong danh mục của hồ sơ."));
        }
        text("issuer", u.issuer(), errors);
        text("number", u.number(), errors);
        if (u.issuedOn() != null && u.issuedOn().isAfter(today)) {
            errors.add(new FieldError("issuedOn", "Ngày cấp không được sau ngày hôm nay."));
        }
        if (u.issuedOn() != null && u.expiresOn() != null && u.expiresOn().isBefore(u.issuedOn())) {
            errors.add(new FieldError("expiresOn", "Ngày hết hạn không được trước ngày cấp."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ocop.system.FileVault.Stored stored = files.store(Long.toString(dossierId), u.bytes());
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = rows.insert(dossierId, new EvidenceRows.NewPiece(item, fileName(u.fileName(), stored),
                stored.kind().contentType(), stored.size(), stored.sha256(), stored.path(), blankToNull(u.issuer()),
                blankToNull(u.number()), u.issuedOn(), u.expiresOn(), null), user.username(), now);
        dossiers.touch(dossierId, now);
        DossierEvidence piece = rows.one(dossierId, id).orElseThrow();
        audit.record(DossierService.ENTITY, dossierId, d.unitCode(), AuditAction.UPLOAD, null, piece);
        return piece;
    }

    @Transactional
    public void remove(long dossierId, long evidenceId) {
        CurrentUser user = guard.user();
        DossierRow d = guard.editable(dossierId, user);
        DossierEvidence piece = rows.one(dossierId, evidenceId).orElseThrow(EvidenceService::notFound);
        rows.delete(dossierId, evidenceId);
        dossiers.touch(dossierId, OffsetDateTime.now(clock));
        audit.record(DossierService.ENTITY, dossierId, d.unitCode(), AuditAction.UPDATE, piece, null);
    }

    @Transactional(readOnly = true)
    public List<DossierEvidence> list(long dossierId) {
        guard.readable(dossierId, guard.user());
        return rows.of(dossierId);
    }

    @Transactional(readOnly = true)
    public EvidenceFile file(long dossierId, long evidenceId) {
        guard.readable(dossierId, guard.user());
        DossierEvidence piece = rows.one(dossierId, evidenceId).orElseThrow(EvidenceService::notFound);
        byte[] bytes = files.read(rows.path(dossierId, evidenceId).orElseThrow(EvidenceService::notFound));
        return new EvidenceFile(piece.fileName(), piece.contentType(), bytes, piece.sha256());
    }

    private static String fileName(String given, ocop.system.FileVault.Stored stored) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cc}\"]", "").strip();
        if (name.isEmpty()) {
            name = "minh-chung." + stored.kind().extension();
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static void text(String field, String value, List<FieldError> errors) {
        if (value != null && value.length() > MAX_TEXT) {
            errors.add(new FieldError(field, "Dài quá " + MAX_TEXT + " ký tự."));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : ocop.system.VietnameseText.nfc(s);
    }

    static NotFoundException notFound() {
        return new NotFoundException("Không tìm thấy tài liệu minh chứng.");
    }
}
