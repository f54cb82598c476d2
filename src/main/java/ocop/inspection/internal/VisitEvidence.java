package ocop.inspection.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ocop.access.AccessApi;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.access.CurrentUser;
import ocop.inspection.FindingInput;
import ocop.inspection.FindingView;
import ocop.inspection.PhotoFile;
import ocop.inspection.PhotoInput;
import ocop.inspection.VisitView;
import ocop.inspection.domain.InspectionPermissions;
import ocop.system.FieldError;
import ocop.system.FileVault;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ảnh hiện trường and phát hiện of a visit being written. */
@Service
class VisitEvidence {

    private final JdbcClient jdbc;
    private final VisitStore visits;
    private final VisitService service;
    private final InspectionPhotoStore photos;
    private final AccessApi access;
    private final AuditTrail audit;

    VisitEvidence(JdbcClient jdbc, VisitStore visits, VisitService service, InspectionPhotoStore photos,
                  AccessApi access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.visits = visits;
        this.service = service;
        this.photos = photos;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public VisitView.Photo addPhoto(long visitId, PhotoInput input) {
        CurrentUser user = access.currentUser();
        VisitRow v = writableDraft(visitId, user);
        List<FieldError> errors = new ArrayList<>();
        checkItem(visitId, input.itemCode(), errors);
        if ((input.latitude() == null) != (input.longitude() == null)) {
            errors.add(new FieldError("latitude", "Vị trí cần cả vĩ độ và kinh độ."));
        }
        range(input.latitude(), 90, "latitude", "Vĩ độ phải từ -90 đến 90.", errors);
        range(input.longitude(), 180, "longitude", "Kinh độ phải từ -180 đến 180.", errors);
        if (input.accuracyMetres() != null && input.accuracyMetres().signum() < 0) {
            errors.add(new FieldError("accuracyMetres", "Độ chính xác không được âm."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        FileVault.Stored stored = photos.store(visitId, input.bytes());
        if (input.mayBeResent()) {
            var already = sameUpload(visitId, stored.sha256(), input.itemCode());
            if (already.isPresent()) {
                return already.get();
            }
        }
        String name = input.fileName() == null || input.fileName().isBlank() ? "anh-hien-truong"
                : input.fileName().strip();
        long id = jdbc.sql("""
                INSERT INTO inspection.visit_photo (visit_id, unit_code, item_code, file_name, content_type,
                        size_bytes, sha256, stored_path, latitude, longitude, accuracy_m, taken_at, uploaded_by)
                VALUES (:v, :u, :item, :name, :type, :size, :sha, :path, :lat, :lon, :acc, :taken, :by)
                RETURNING id""")
                .param("v", visitId).param("u", v.unitCode()).param("item", InspectionPlans.blankToNull(input.itemCode()))
                .param("name", name).param("type", stored.contentType()).param("size", stored.size())
                .param("sha", stored.sha256()).param("path", stored.path()).param("lat", input.latitude())
                .param("lon", input.longitude()).param("acc", input.accuracyMetres()).param("taken", input.takenAt())
                .param("by", user.username()).query(Long.class).single();
        VisitView.Photo photo = visits.photos(visitId).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
        audit.record(VisitService.ENTITY, visitId, v.unitCode(), AuditAction.UPLOAD, null, photo);
        return photo;
    }

    /**
     * A resend of a photo already stored (the phone lost the answer): the same bytes (SHA-256) for the same item in
     * this visit. The visit row is locked by the caller, so two resends do not both miss it.
     */
    private Optional<VisitView.Photo> sameUpload(long visitId, String sha256, String itemCode) {
        String item = InspectionPlans.blankToNull(itemCode);
        return visits.photos(visitId).stream()
                .filter(p -> p.sha256().equals(sha256) && Objects.equals(p.itemCode(), item))
                .findFirst();
    }

    @Transactional(readOnly = true)
    public PhotoFile photo(long visitId, long photoId) {
        visits.load(visitId, access.currentUser(), false);
        return jdbc.sql("SELECT content_type, stored_path FROM inspection.visit_photo WHERE id = :id AND visit_id = :v")
                .param("id", photoId).param("v", visitId)
                .query((rs, i) -> new PhotoFile(rs.getString(1), photos.read(rs.getString(2)))).optional()
                .orElseThrow(() -> new NotFoundException("Không tìm thấy ảnh."));
    }

    @Transactional
    public FindingView addFinding(long visitId, FindingInput input) {
        CurrentUser user = access.currentUser();
        VisitRow v = writableDraft(visitId, user);
        List<FieldError> errors = new ArrayList<>();
        checkItem(visitId, input.itemCode(), errors);
        if (input.text() == null || input.text().isBlank()) {
            errors.add(new FieldError("text", "Mô tả phát hiện."));
        } else if (input.text().length() > 2000) {
            errors.add(new FieldError("text", "Mô tả tối đa 2000 ký tự."));
        }
        if (input.severity() == null) {
            errors.add(new FieldError("severity", "Chọn mức độ của phát hiện."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = jdbc.sql("""
                INSERT INTO inspection.finding (visit_id, unit_code, item_code, text, severity, created_by)
                VALUES (:v, :u, :item, :text, :sev, :by) RETURNING id""")
                .param("v", visitId).param("u", v.unitCode()).param("item", InspectionPlans.blankToNull(input.itemCode()))
                .param("text", input.text().strip()).param("sev", input.severity().name())
                .param("by", user.username()).query(Long.class).single();
        FindingView finding = new FindingView(id, visitId, InspectionPlans.blankToNull(input.itemCode()),
                input.text().strip(), input.severity(), List.of());
        audit.record("inspection_finding", id, v.unitCode(), AuditAction.CREATE, null, finding);
        return finding;
    }

    VisitRow writableDraft(long visitId, CurrentUser user) {
        VisitRow v = visits.load(visitId, user, true);
        if (!InspectionPermissions.mayWrite(user, v.unitCode(), v.provinceCode())) {
            throw new ForbiddenException("Bạn không được ghi biên bản kiểm tra này.");
        }
        VisitService.requireDraft(v);
        return v;
    }

    private void checkItem(long visitId, String itemCode, List<FieldError> errors) {
        if (itemCode != null && !itemCode.isBlank() && !service.itemCodes(visitId).contains(itemCode.strip())) {
            errors.add(new FieldError("itemCode", "Không có mục kiểm tra này trong phiếu."));
        }
    }

    private static void range(BigDecimal value, int bound, String field, String message, List<FieldError> errors) {
        if (value != null && value.abs().compareTo(BigDecimal.valueOf(bound)) > 0) {
            errors.add(new FieldError(field, message));
        }
    }
}
