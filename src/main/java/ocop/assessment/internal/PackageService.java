package ocop.assessment.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import ocop.access.AccessApi;
import ocop.access.CurrentUser;
import ocop.assessment.domain.AssessmentPermissions;
import ocop.assessment.domain.PackageNames;
import ocop.documents.DocumentStatus;
import ocop.documents.DocumentView;
import ocop.documents.DocumentsApi;
import ocop.documents.RenderedFile;
import ocop.dossier.DossierEvidence;
import ocop.dossier.DossierStatus;
import ocop.dossier.DossierSummary;
import ocop.dossier.EvidenceFile;
import ocop.system.ConflictException;
import ocop.system.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dossier package for the province (gói hồ sơ gửi tỉnh, Điều 6.2): one ZIP with an index PDF, the forms Mẫu 01
 * and 02 where drafted, the issued Mẫu 03 report and request, and every evidence file, each named in ASCII for the
 * provincial scoring software ({@code 03_Mau03_BaoCao_<product>.pdf}). Available once the report is issued.
 */
@Service
public class PackageService {

    public static final Set<DossierStatus> PACKABLE = EnumSet.of(DossierStatus.REPORT_ISSUED,
            DossierStatus.SENT_TO_PROVINCE, DossierStatus.RECOGNISED, DossierStatus.NOT_RECOGNISED,
            DossierStatus.PROPOSED_TO_MINISTRY);

    private final DossierPort dossiers;
    private final AssessmentRepository assessments;
    private final ProvinceRequestRepository requests;
    private final PackageFiles forms;
    private final DocumentsApi documents;
    private final AccessApi access;

    PackageService(DossierPort dossiers, AssessmentRepository assessments, ProvinceRequestRepository requests,
                   PackageFiles forms, DocumentsApi documents, AccessApi access) {
        this.dossiers = dossiers;
        this.assessments = assessments;
        this.requests = requests;
        this.forms = forms;
        this.documents = documents;
        this.access = access;
    }

    /** Checks the user and the dossier before anything is written; returns the ZIP's file name. */
    @Transactional(readOnly = true)
    public String prepare(long dossierId) {
        CurrentUser me = access.currentUser();
        if (!AssessmentPermissions.mayDownloadPackage(me)) {
            throw new ForbiddenException("Gói hồ sơ gửi tỉnh dành cho cán bộ phường và cán bộ tỉnh.");
        }
        DossierSummary d = dossiers.get(dossierId);
        if (!PACKABLE.contains(d.status())) {
            throw new ConflictException(null, "Gói hồ sơ chỉ lập được sau khi báo cáo Mẫu 03 đã ban hành.");
        }
        return "HoSo_" + PackageNames.part(d.productName()) + "_" + d.id() + ".zip";
    }

    /** Writes the ZIP to {@code out} (after {@link #prepare}). */
    @Transactional(readOnly = true)
    public void write(long dossierId, OutputStream out) throws IOException {
        DossierSummary d = dossiers.get(dossierId);
        String product = d.productName();
        List<Named> files = new ArrayList<>();
        forms.form01(d).ifPresent(id -> files.add(document(id, "Mau01_PhieuDangKy",
                "Phiếu đăng ký (Mẫu số 01)")));
        forms.form02(d).ifPresent(id -> files.add(document(id, "Mau02_BaoCaoTuDanhGia",
                "Báo cáo tự đánh giá (Mẫu số 02)")));
        assessments.find(d.id()).map(AssessmentRow::reportDocumentId)
                .ifPresent(id -> files.add(document(id, "Mau03_BaoCao",
                        "Báo cáo đánh giá của UBND phường (Mẫu số 03)")));
        requests.forDossier(d.id()).stream().map(r -> documents.get(r.documentId()))
                .filter(doc -> doc.status() == DocumentStatus.ISSUED).findFirst()
                .ifPresent(doc -> files.add(document(doc.id(), "VanBanDeNghi", "Văn bản đề nghị gửi UBND tỉnh")));
        List<IndexPdf.Entry> index = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            int n = 0;
            for (Named f : files) {
                String name = PackageNames.entry(++n, f.label(), product, "pdf");
                put(zip, name, f.file().bytes());
                index.add(new IndexPdf.Entry(name, f.description() + (f.issued() ? " số " + f.number() : " (dự thảo)"),
                        f.file().sha256()));
            }
            for (DossierEvidence e : dossiers.evidence(d.id())) {
                EvidenceFile file = dossiers.evidenceFile(d.id(), e.id());
                String base = PackageNames.part(stripExtension(e.fileName()));
                String name = String.format("%02d_MinhChung_%s_%s.%s", ++n, PackageNames.part(e.itemCode()), base,
                        PackageNames.extensionOf(e.fileName()));
                put(zip, name, file.bytes());
                index.add(new IndexPdf.Entry(name, "Minh chứng " + e.itemCode() + ": " + e.fileName()
                        + (e.number() == null ? "" : ", số " + e.number()), file.sha256()));
            }
            put(zip, PackageNames.entry(0, "MucLuc", product, "pdf"), IndexPdf.render("MỤC LỤC HỒ SƠ SẢN PHẨM OCOP",
                    List.of("Sản phẩm: " + product, "Chủ thể: " + d.producerName(),
                            "Số phiếu đăng ký: " + (d.registrationNo() == null ? "—" : d.registrationNo()),
                            "Năm đánh giá: " + d.year() + ", đợt " + d.round()), index));
        }
    }

    private Named document(long id, String label, String description) {
        DocumentView view = documents.get(id);
        return new Named(label, description, documents.pdf(id), view.issued(), view.number());
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String stripExtension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    private record Named(String label, String description, RenderedFile file, boolean issued, String number) {
    }
}
