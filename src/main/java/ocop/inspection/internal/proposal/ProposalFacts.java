package ocop.inspection.internal.proposal;

import ocop.inspection.internal.ProductFacts;
import ocop.inspection.internal.VisitRow;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ocop.certification.CertificateStatus;
import ocop.certification.CertificateView;
import ocop.certification.CertificationApi;
import ocop.inspection.AdHocReason;
import ocop.inspection.Answer;
import ocop.inspection.Inspector;
import ocop.inspection.VisitKind;
import ocop.inspection.VisitView;
import ocop.inspection.domain.RevocationProposalDocument;
import ocop.inspection.domain.RevocationProposalDocument.Finding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the revocation proposal states, gathered as the drafting person sees it: the visit (origin, day, inspectors,
 * items not met, findings, conclusion, photos) and the product's certificate from {@link CertificationApi} — the one in
 * force, else the newest neither revoked nor replaced, else the newest.
 */
@Component
class ProposalFacts {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final ProductFacts products;
    private final CertificationApi certification;

    ProposalFacts(JdbcClient jdbc, ProductFacts products, CertificationApi certification) {
        this.jdbc = jdbc;
        this.products = products;
        this.certification = certification;
    }

    String productName(VisitRow v) {
        return products.names().product(v.productId());
    }

    RevocationProposalDocument.Inspection inspection(VisitRow v, VisitView view) {
        Map<String, String> itemTexts = new HashMap<>();
        view.items().forEach(i -> itemTexts.put(i.code(), i.text()));
        List<Finding> findings = view.findings().stream()
                .map(f -> new Finding(f.itemCode() == null ? null : itemTexts.get(f.itemCode()), f.text(),
                        f.severity().label()))
                .toList();
        List<String> notMet = view.items().stream().filter(i -> i.answer() == Answer.NOT_MEETS)
                .map(i -> i.text() + (i.note() == null || i.note().isBlank() ? "" : " (" + i.note() + ")"))
                .toList();
        return new RevocationProposalDocument.Inspection(view.productName(), view.producerName(),
                certificate(v.productId()).orElse(null), origin(v), v.visitedOn(),
                view.inspectors().stream().map(Inspector::name).toList(), findings, notMet, view.revocationGround(),
                view.conclusion(), view.photos().size());
    }

    private Optional<RevocationProposalDocument.Certificate> certificate(long productId) {
        List<CertificateView> all = certification.certificates(productId);
        return all.stream().filter(c -> c.status().inForce()).findFirst()
                .or(() -> all.stream().filter(c -> c.status() != CertificateStatus.REVOKED
                        && c.status() != CertificateStatus.SUPERSEDED).findFirst())
                .or(() -> all.stream().findFirst())
                .map(c -> new RevocationProposalDocument.Certificate(c.number(), c.stars(), c.decisionNo(),
                        c.decisionDate(), c.issuedOn(), c.validUntil()));
    }

    /** Why the visit was made, as the proposal says it. */
    private String origin(VisitRow v) {
        if (v.kind() == VisitKind.FOLLOW_UP) {
            return "kiểm tra lại việc khắc phục";
        }
        if (v.planItemId() != null) {
            return jdbc.sql("""
                    SELECT p.title FROM inspection.plan p JOIN inspection.plan_item i ON i.plan_id = p.id
                     WHERE i.id = :i""").param("i", v.planItemId()).query(String.class).optional()
                    .map(title -> "theo " + title).orElse("theo kế hoạch kiểm tra");
        }
        AdHocReason reason = v.reason();
        String why = reason == null || reason == AdHocReason.OTHER ? ""
                : " do " + reason.label().toLowerCase(java.util.Locale.forLanguageTag("vi"));
        boolean cite = v.sourceRef() != null && reason != AdHocReason.EXPIRED_CERTIFICATE;
        return "kiểm tra đột xuất" + why + (cite ? "; " + v.sourceRef() : "");
    }
}
