package ocop.dossier.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ocop.access.AccessApi;
import ocop.access.AdministrativeUnit;
import ocop.access.CurrentUser;
import ocop.access.Role;
import ocop.criteria.CriteriaApi;
import ocop.criteria.SelfAssessmentSummary;
import ocop.documents.DocumentDraft;
import ocop.documents.DocumentTable;
import ocop.documents.DocumentView;
import ocop.documents.DocumentsApi;
import ocop.documents.Section;
import ocop.dossier.DossierEvidence;
import ocop.dossier.DossierForms;
import ocop.dossier.domain.FormCatalog;
import ocop.system.ConflictException;
import ocop.system.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forms Mẫu 01 and Mẫu 02 as draft documents (dự thảo văn bản) of the documents module, filled from the registry and
 * the dossier, so the officer can download them as DOCX or PDF. The document type is a setting
 * ({@code ocop.dossier.form-document-type}); a draft not yet issued is revised in place; once it is issued or
 * discarded (hủy dự thảo, {@link FormDraftDiscardedListener}) a new draft is made.
 */
@Service
public class DossierDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DossierGuard guard;
    private final DossierStore store;
    private final DossierReader reader;
    private final EvidenceRows evidence;
    private final FormCatalog catalog;
    private final DocumentsApi documents;
    private final AccessApi access;
    private final DossierSettings settings;
    private final CriteriaApi criteria;

    DossierDocuments(DossierGuard guard, DossierStore store, DossierReader reader, EvidenceRows evidence,
                     FormCatalog catalog, DocumentsApi documents, AccessApi access, DossierSettings settings,
                     CriteriaApi criteria) {
        this.criteria = criteria;
        this.guard = guard;
        this.store = store;
        this.reader = reader;
        this.evidence = evidence;
        this.catalog = catalog;
        this.documents = documents;
        this.access = access;
        this.settings = settings;
    }

    /** Drafts (or revises) Mẫu 01 ({@code form01}) or Mẫu 02; returns the document's id. */
    @Transactional
    public long draft(long dossierId, boolean form01) {
        CurrentUser user = guard.user();
        DossierRow row = guard.readable(dossierId, user);
        if (!user.is(Role.WARD_OFFICER, Role.ADMIN)) {
            throw new ForbiddenException("Chỉ cán bộ Phòng Kinh tế tạo được văn bản từ hồ sơ.");
        }
        DossierForms forms = reader.forms(dossierId);
        String unit = access.unit(row.unitCode()).map(AdministrativeUnit::name).orElse(row.unitCode());
        String province = access.unit(row.provinceCode()).map(AdministrativeUnit::name).orElse("");
        DocumentDraft draft = form01 ? form01(row, forms, unit, province) : form02(row, forms, unit);
        Long existing = form01 ? row.form01DocumentId() : row.form02DocumentId();
        if (existing != null) {
            try {
                DocumentView old = documents.get(existing);
                if (old.draft()) {
                    DocumentView revised = documents.reviseDraft(existing, withVersion(draft, old.version()));
                    return revised.id();
                }
            } catch (ConflictException | ocop.system.NotFoundException e) {
                // issued, discarded or gone meanwhile: a new draft replaces it below
            }
        }
        long id = documents.createDraft(draft).id();
        store.setDocument(dossierId, form01, id);
        return id;
    }

    private DocumentDraft form01(DossierRow row, DossierForms f, String unit, String province) {
        List<List<String>> rows = new ArrayList<>();
        for (String code : List.of("m01.unit", "m01.representative", "m01.title", "m01.address", "m01.phone",
                "m01.email", "m01.product", "m01.group", "m01.kind")) {
            rows.add(List.of(catalog.label(code), value(f.fields(), code)));
        }
        rows.add(List.of("5. Hồ sơ kèm theo", "Báo cáo tự đánh giá sản phẩm theo bộ tiêu chí (bản gốc và bản điện tử); "
                + value(f.fields(), "samples.count") + " mẫu sản phẩm"));
        List<Section> sections = List.of(
                Section.of(null, "Tham gia đánh giá, phân hạng sản phẩm OCOP của " + province + " năm " + row.year()
                        + " (đợt " + row.round() + ")."),
                new Section(null, List.of(), List.of(), DocumentTable.of(List.of("Nội dung", "Thông tin"), rows), List.of()),
                Section.of(null, "Chúng tôi cam kết các thông tin trên là đúng sự thật và chịu trách nhiệm trước pháp luật.",
                        "Phiếu số: " + (row.registrationNo() == null ? "……/PĐK" : row.registrationNo())
                                + "; ngày nhận: " + (row.receivedOn() == null ? "……" : DATE.format(row.receivedOn()))
                                + "."));
        return DocumentDraft.of(settings.formDocumentType(),
                "Phiếu đăng ký tham gia đánh giá, phân hạng sản phẩm OCOP (Mẫu số 01): " + row.productName(),
                List.of("Ủy ban nhân dân " + unit), sections);
    }

    private DocumentDraft form02(DossierRow row, DossierForms f, String unit) {
        List<Section> parts = new ArrayList<>();
        for (FormCatalog.Part part : catalog.parts()) {
            if (part.code().equals("M01")) {
                continue;
            }
            List<List<String>> rows = part.fields().stream().filter(x -> f.fields().containsKey(x.code()))
                    .map(x -> List.of(x.label(), value(f.fields(), x.code()))).toList();
            if (!rows.isEmpty()) {
                parts.add(new Section(part.title(), List.of(), List.of(),
                        DocumentTable.of(List.of("Nội dung", "Thông tin"), rows), List.of()));
            }
        }
        parts.add(part3(row, criteria.latestSelfAssessment(row.productId()).orElse(null)));
        List<List<String>> pieces = new ArrayList<>();
        for (DossierEvidence e : evidence.of(row.id())) {
            pieces.add(List.of(e.itemCode(), e.fileName(), e.issuer() == null ? "" : e.issuer(),
                    e.number() == null ? "" : e.number(), e.issuedOn() == null ? "" : DATE.format(e.issuedOn()),
                    e.expiresOn() == null ? "" : DATE.format(e.expiresOn())));
        }
        if (!pieces.isEmpty()) {
            parts.add(new Section("Tài liệu minh chứng", List.of(), List.of(), new DocumentTable(
                    List.of("Mục", "Tệp", "Nơi cấp", "Số", "Ngày cấp", "Hết hạn"), pieces, List.of(1, 4, 3, 2, 2, 2)),
                    List.of()));
        }
        return DocumentDraft.of(settings.formDocumentType(), "Báo cáo tự đánh giá về sản phẩm (Mẫu số 02): "
                + row.productName() + " — " + row.producerName(), List.of("Ủy ban nhân dân " + unit), parts);
    }

    /** Phần III: the self-scored criteria, item by item, from the product's self-assessment when there is one. */
    static Section part3(DossierRow row, SelfAssessmentSummary self) {
        String heading = "Phần III. Kết quả tự đánh giá theo bộ tiêu chí";
        if (self == null) {
            return Section.of(heading, "Theo phiếu tự đánh giá của chủ thể"
                    + (row.sheetCode() == null ? "" : " trên bộ tiêu chí " + row.sheetCode() + " (phiên bản "
                    + row.sheetVersion() + ")") + ", kèm tài liệu minh chứng dưới đây. Chủ thể chưa lưu phiếu tự "
                    + "đánh giá.");
        }
        String intro = "Phiếu tự đánh giá trên bộ tiêu chí " + self.sheetCode() + " (phiên bản " + self.sheetVersion()
                + "), " + (self.completed() ? "đã hoàn thành" : "bản nháp") + ": tổng " + self.total() + "/100 điểm"
                + (self.stars() > 0 ? ", tự xếp hạng " + self.stars() + " sao" : ", chưa đạt hạng") + ".";
        List<List<String>> rows = new ArrayList<>();
        for (SelfAssessmentSummary.Item i : self.items()) {
            rows.add(List.of(i.itemCode() + (i.wardItem() == null ? "" : " (*)"), i.itemName(),
                    i.chosenLabel() == null ? "Chưa chọn" : i.chosenLabel(),
                    (i.points() == null ? "—" : i.points().toString()) + "/" + i.max(),
                    i.note() == null ? "" : i.note()));
        }
        String footnote = "(*) Tiêu chí do Ủy ban nhân dân cấp xã đánh giá (Điều 7.2).";
        return new Section(heading, List.of(intro), List.of(), new DocumentTable(
                List.of("Mã", "Tiêu chí", "Phương án tự chọn", "Điểm", "Minh chứng, ghi chú"), rows,
                List.of(1, 4, 4, 1, 4)), List.of(Section.of(null, footnote)));
    }

    private static DocumentDraft withVersion(DocumentDraft d, int version) {
        return new DocumentDraft(d.type(), d.subject(), d.recipients(), d.bases(), d.preamble(), d.sections(),
                d.copyTo(), d.secretary(), d.signerId(), d.replaces(), d.unitCode(), version);
    }

    private static String value(Map<String, String> fields, String code) {
        String v = fields.get(code);
        return v == null || v.isBlank() ? "…" : v;
    }
}
