package ocop.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import ocop.access.UserAccounts;
import ocop.assessment.AssessmentHttp;
import ocop.certification.Article8Ground;
import ocop.certification.CertificateView;
import ocop.certification.CertificationApi;
import ocop.documents.DocumentStatus;
import ocop.documents.DocumentType;
import ocop.documents.DocumentView;
import ocop.documents.DocumentsApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An inspection that proposes to revoke a certificate drafts the công văn to the province through the documents module
 * (ground, product, producer, certificate, findings, conclusion in its PDF), once however often the event comes or an
 * officer retries; the ward leader issues it and the visit shows its number and date. A province officer's proposal
 * is drafted by the ward's officer by hand.
 */
@OcopIntegrationTest
class RevocationProposalTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;

    @Autowired
    InspectionApi api;

    @Autowired
    CertificationApi certification;

    @Autowired
    DocumentsApi documents;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Clock clock;

    @Test
    void theWardOfficersProposalIsDraftedOnceWithItsFactsAndIssuedByTheLeader() {
        InspectionFixtures fx = new InspectionFixtures(accounts, jdbc);
        LocalDate today = LocalDate.now(clock);
        long honey = fx.product(InspectionFixtures.HONEY);
        CertificateView certificate = fx.as("canbo", () -> certification.certificates(honey)).stream()
                .filter(c -> c.status().inForce()).findFirst().orElseThrow();
        String finding = "Bao bì in 4 sao";
        VisitView visit = proposing(fx, "canbo", honey, finding);

        VisitView submitted = fx.as("canbo", () -> api.submit(visit.id(), new SubmitInput(
                InspectionOutcome.PROPOSE_REVOCATION, Article8Ground.D,
                "Chủ thể in hạng sao cao hơn hạng được công nhận trên bao bì, gây nhầm lẫn cho người tiêu dùng.",
                null)));
        assertThat(submitted.proposalDocumentId()).isNotNull();
        assertThat(submitted.proposalNumber()).isNull();
        long documentId = submitted.proposalDocumentId();

        DocumentView draft = fx.as("canbo", () -> documents.get(documentId));
        assertThat(draft.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(draft.type()).isEqualTo(DocumentType.CV);
        assertThat(draft.unitCode()).isEqualTo("26080");
        assertThat(draft.subject()).isEqualTo("V/v đề nghị thu hồi Giấy chứng nhận sản phẩm OCOP");
        assertThat(draft.content().recipients()).containsExactly("Ủy ban nhân dân tỉnh Đồng Nai");

        AssessmentHttp http = new AssessmentHttp(port);
        ResponseEntity<byte[]> pdf = http.bytes("canbo", "/api/v1/documents/" + documentId + "/pdf");
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        String text = AssessmentHttp.pdfText(pdf.getBody());
        assertThat(text).contains("V/v đề nghị thu hồi Giấy chứng nhận sản phẩm OCOP",
                "điểm d khoản 1 Điều 8 Quyết định số 26/2026/QĐ-TTg",
                "sử dụng nhãn hiệu OCOP sai mục đích, gây nhầm lẫn",
                InspectionFixtures.HONEY, visit.producerName(),
                "Giấy chứng nhận sản phẩm OCOP số " + certificate.number(),
                "hạng " + certificate.stars() + " sao", certificate.decisionNo(),
                "Ngày kiểm tra: " + DAY.format(today), "Lê Thị Cán", finding, "Nghiêm trọng",
                "Chủ thể in hạng sao cao hơn hạng được công nhận", "Đơn phản ánh số");

        // the event again (a redelivery after a restart, nobody signed in) and an officer's retry: the same draft
        int drafts = proposalDrafts();
        RevocationProposed again = new RevocationProposed(visit.id(), "26080", honey, visit.producerId(),
                Article8Ground.D, today, "canbo");
        tx.executeWithoutResult(s -> events.publishEvent(again));
        ResponseEntity<String> retry = TestHttp.as(port, "canbo", "demo")
                .post("/api/v1/inspections/visits/" + visit.id() + "/revocation-proposal", null);
        assertThat(retry.getStatusCode().value()).isEqualTo(200);
        assertThat(AssessmentHttp.json(retry).get("proposalDocumentId").asLong()).isEqualTo(documentId);
        ResponseEntity<String> resubmit = TestHttp.as(port, "canbo", "demo").post("/api/v1/inspections/visits/"
                + visit.id() + "/submit", "{\"outcome\": \"PROPOSE_REVOCATION\", \"revocationGround\": \"D\", "
                + "\"conclusion\": \"Gửi lại\"}");
        assertThat(resubmit.getStatusCode().value()).isEqualTo(409);
        assertThat(proposalDrafts()).isEqualTo(drafts);
        assertThat(jdbc.sql("SELECT count(*) FROM inspection.revocation_proposal WHERE visit_id = :v")
                .param("v", visit.id()).query(Integer.class).single()).isEqualTo(1);

        ResponseEntity<String> issued = TestHttp.as(port, "lanhdao", "demo")
                .post("/api/v1/documents/" + documentId + "/issue", null);
        assertThat(issued.getStatusCode().value()).as(issued.getBody()).isEqualTo(200);
        String number = AssessmentHttp.json(issued).get("number").asString();
        assertThat(number).matches("\\d{2,}/UBND-.+");
        JsonNode shown = AssessmentHttp.json(TestHttp.as(port, "vanhoa", "demo")
                .get("/api/v1/inspections/visits/" + visit.id()));
        assertThat(shown.get("proposalDocumentId").asLong()).isEqualTo(documentId);
        assertThat(shown.get("proposalNumber").asString()).isEqualTo(number);
        assertThat(shown.get("proposalIssuedOn").asString()).isEqualTo(today.toString());
    }

    @Test
    void aProvinceOfficersProposalIsDraftedByTheWardOfficerOnRequest() {
        InspectionFixtures fx = new InspectionFixtures(accounts, jdbc);
        long honey = fx.product(InspectionFixtures.HONEY);
        VisitView visit = proposing(fx, "tinh", honey, "Nhãn không ghi hạng sao");
        VisitView submitted = fx.as("tinh", () -> api.submit(visit.id(), new SubmitInput(
                InspectionOutcome.PROPOSE_REVOCATION, Article8Ground.B, "Sản phẩm không còn đáp ứng tiêu chí.", null)));
        assertThat(submitted.proposalDocumentId()).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM access.notification n JOIN access.app_user u ON u.id = n.user_id "
                        + "WHERE u.username = 'canbo' AND n.link = :l")
                .param("l", "/inspections/visits/" + visit.id()).query(Integer.class).single()).isPositive();

        String path = "/api/v1/inspections/visits/" + visit.id() + "/revocation-proposal";
        assertThat(TestHttp.as(port, "tinh", "demo").post(path, null).getStatusCode().value()).isEqualTo(403);
        assertThat(TestHttp.as(port, "lanhdao", "demo").post(path, null).getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> drafted = TestHttp.as(port, "canbo", "demo").post(path, null);
        assertThat(drafted.getStatusCode().value()).as(drafted.getBody()).isEqualTo(201);
        long documentId = AssessmentHttp.json(drafted).get("proposalDocumentId").asLong();
        assertThat(TestHttp.header(drafted, "Location")).endsWith("/api/v1/documents/" + documentId);
        assertThat(fx.as("canbo", () -> documents.get(documentId)).content().sections().get(3).paragraphs().get(0))
                .contains("điểm b khoản 1 Điều 8", InspectionFixtures.HONEY);
        ResponseEntity<String> again = TestHttp.as(port, "canbo", "demo").post(path, null);
        assertThat(again.getStatusCode().value()).isEqualTo(200);
        assertThat(AssessmentHttp.json(again).get("proposalDocumentId").asLong()).isEqualTo(documentId);

        // a discarded draft is let go of: the visit shows no proposal and the officer drafts a new one
        int version = fx.as("canbo", () -> documents.get(documentId)).version();
        ResponseEntity<String> discarded = TestHttp.as(port, "canbo", "demo").post("/api/v1/documents/" + documentId
                + "/discard", "{\"reason\": \"Soạn lại theo kết luận mới\", \"version\": " + version + "}");
        assertThat(discarded.getStatusCode().value()).as(discarded.getBody()).isEqualTo(200);
        assertThat(fx.as("canbo", () -> api.visit(visit.id())).proposalDocumentId()).isNull();
        ResponseEntity<String> redrafted = TestHttp.as(port, "canbo", "demo").post(path, null);
        assertThat(redrafted.getStatusCode().value()).as(redrafted.getBody()).isEqualTo(201);
        assertThat(AssessmentHttp.json(redrafted).get("proposalDocumentId").asLong()).isNotEqualTo(documentId);
    }

    /** A draft visit of the product by {@code who}, answered, with a MAJOR finding on the label item. */
    private VisitView proposing(InspectionFixtures fx, String who, long product, String finding) {
        List<Inspector> team = List.of(new Inspector(fx.userId("canbo"), "Lê Thị Cán"));
        VisitView visit = fx.as(who, () -> api.startVisit(new StartVisitInput(null, null, product,
                AdHocReason.COMPLAINT, "Đơn phản ánh số 12/2026", null, team)));
        fx.as(who, () -> api.saveDraft(visit.id(), InspectionFixtures.allMeet(visit, "proposal-" + UUID.randomUUID(),
                1, "LOGO.1")));
        fx.as(who, () -> api.addFinding(visit.id(), new FindingInput("LOGO.1", finding, Severity.MAJOR)));
        return visit;
    }

    private int proposalDrafts() {
        return jdbc.sql("SELECT count(*) FROM documents.document WHERE subject LIKE '%đề nghị thu hồi Giấy chứng nhận%'")
                .query(Integer.class).single();
    }
}
