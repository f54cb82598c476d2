package ocop.assessment.internal;

import java.util.Comparator;
import java.util.Optional;
import ocop.documents.DocumentFilter;
import ocop.documents.DocumentStatus;
import ocop.documents.DocumentSummary;
import ocop.documents.DocumentsApi;
import ocop.dossier.DossierSummary;
import org.springframework.stereotype.Component;

/**
 * Finds the dossier's forms Mẫu 01 and Mẫu 02 among the ward's documents (phiếu đăng ký, báo cáo tự đánh giá) by the
 * subject the dossier module gives them, preferring an issued one, then the newest. Interim: the dossier module does
 * not yet publish the ids of its form documents; when it does, read them from there instead.
 */
@Component
class PackageFiles {

    static final String FORM01 = "Phiếu đăng ký tham gia đánh giá, phân hạng sản phẩm OCOP (Mẫu số 01): ";
    static final String FORM02 = "Báo cáo tự đánh giá về sản phẩm (Mẫu số 02): ";

    private final DocumentsApi documents;

    PackageFiles(DocumentsApi documents) {
        this.documents = documents;
    }

    Optional<Long> form01(DossierSummary d) {
        return find(d, s -> s.equals(FORM01 + d.productName()));
    }

    Optional<Long> form02(DossierSummary d) {
        return find(d, s -> s.equals(FORM02 + d.productName() + " — " + d.producerName()));
    }

    private Optional<Long> find(DossierSummary d, java.util.function.Predicate<String> subject) {
        return documents.search(new DocumentFilter(null, null, null, d.productName()), 0, 100).items().stream()
                .filter(s -> s.subject() != null && subject.test(s.subject()) && s.unitCode().equals(d.unitCode()))
                .max(Comparator.comparing((DocumentSummary s) -> s.status() == DocumentStatus.ISSUED)
                        .thenComparing(DocumentSummary::id))
                .map(DocumentSummary::id);
    }
}
