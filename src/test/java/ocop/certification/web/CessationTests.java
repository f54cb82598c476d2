package ocop.certification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import ocop.OcopIntegrationTest;
import ocop.PageSession;
import ocop.TestHttp;
import ocop.access.AuditTrail;
import ocop.access.UserAccounts;
import ocop.certification.CertificateFixtures;
import ocop.documents.DocumentsHttp;
import ocop.registry.RegistryApi;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The ward's confirmation that a producer no longer produces the product and its revocation proposal (issue 6, Điều
 * 8.1.đ and 8.4) through the API: the draft công văn, the leader's issue that starts the 15 days and tells the producer
 * and the ward officer, the recorded revocation that closes it, one open proposal per certificate, bad input, roles
 * and scope. Each test makes certificates of its own products of the household "Giò chả truyền thống" (account
 * hoangduy), so the revocation changes no demo product.
 */
@OcopIntegrationTest
class CessationTests {

    static final String PRODUCER = "Hộ kinh doanh Giò chả truyền thống";
    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final AtomicInteger N = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UserAccounts accounts;

    @Autowired
    RegistryApi registry;

    @Autowired
    AuditTrail audit;

    @Autowired
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A certificate of a product of its own, issued {@code monthsAgo} months ago. */
    long certificate(int stars, int monthsAgo) {
        return CertificateFixtures.ownProduct(jdbc, events, accounts, registry, PRODUCER,
                "Giò lụa Thử thu hồi " + System.nanoTime() % 100_000 + "-" + N.incrementAndGet(), stars,
                today().minusMonths(monthsAgo));
    }

    ResponseEntity<String> confirm(String user, long certificate, String json) {
        return TestHttp.as(port, user, "demo").post("/api/v1/certificates/" + certificate + "/cessation", json);
    }

    String body(LocalDate stoppedOn, String how, String note) {
        return "{\"stoppedOn\": " + (stoppedOn == null ? "null" : "\"" + stoppedOn + "\"") + ", \"verifiedHow\": "
                + (how == null ? "null" : "\"" + how + "\"") + (note == null ? "" : ", \"note\": \"" + note + "\"")
                + "}";
    }

    JsonNode get(String user, long certificate) {
        return DocumentsHttp.json(TestHttp.as(port, user, "demo").get("/api/v1/certificates/" + certificate));
    }

    String pdfText(long documentId) throws Exception {
        var pdf = new DocumentsHttp(port, "canbo").bytes("/api/v1/documents/" + documentId + "/pdf");
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        try (PDDocument d = Loader.loadPDF(pdf.getBody())) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    List<String> told(long certificate) {
        return jdbc.sql("""
                SELECT u.username FROM access.notification n JOIN access.app_user u ON u.id = n.user_id
                WHERE n.link = :l AND n.title LIKE 'Đề nghị thu hồi%' ORDER BY u.username""")
                .param("l", "/certificates/" + certificate).query(String.class).list();
    }

    int count() {
        return jdbc.sql("SELECT count(*) FROM certification.revocation_proposal").query(Integer.class).single();
    }

    @Test
    void theDraftConfirmsTheCessationTheIssueStartsFifteenDaysAndTheRevocationClosesIt() throws Exception {
        long id = certificate(4, 10);
        JsonNode c = get("canbo", id);
        LocalDate stopped = today().minusDays(20);

        var drafted = confirm("canbo", id, body(stopped, "Làm việc trực tiếp với chủ thể; chủ thể có đơn xin dừng sản "
                + "xuất", "Cơ sở đã bán thiết bị"));
        assertThat(drafted.getStatusCode().value()).as(drafted.getBody()).isEqualTo(201);
        JsonNode proposal = DocumentsHttp.json(drafted);
        assertThat(proposal.get("ground").asString()).isEqualTo("đ");
        assertThat(proposal.get("state").asString()).isEqualTo("DRAFT");
        assertThat(proposal.get("stoppedOn").asString()).isEqualTo(stopped.toString());
        assertThat(proposal.get("decideBy").isNull()).isTrue();
        long documentId = proposal.get("documentId").asLong();
        JsonNode onCertificate = get("canbo", id).get("revocationProposal");
        assertThat(onCertificate.get("documentId").asLong()).isEqualTo(documentId);
        assertThat(onCertificate.get("verifiedHow").asString()).startsWith("Làm việc trực tiếp");

        JsonNode doc = DocumentsHttp.json(TestHttp.as(port, "canbo", "demo").get("/api/v1/documents/" + documentId));
        assertThat(doc.get("type").asString()).isEqualTo("CV");
        assertThat(doc.get("status").asString()).isEqualTo("DRAFT");
        String text = pdfText(documentId);
        assertThat(text).contains("V/v xác nhận chủ thể không còn sản xuất sản phẩm OCOP và đề nghị thu hồi",
                "Kính gửi: Sở Nông nghiệp và Môi trường", "Đồng Nai", "điểm đ khoản 1",
                "Chủ thể không còn sản xuất sản phẩm", c.get("productName").asString(), PRODUCER,
                "từ ngày " + stopped.format(VN), "Cơ sở đã bán thiết bị",
                "Chủ tịch Ủy ban nhân dân", "15 ngày kể từ ngày có xác nhận của Ủy ban nhân dân cấp xã",
                "thời hạn 15 ngày được tính từ ngày ban hành văn bản này");
        assertThat(text.replace(" ", "")).contains(c.get("number").asString().replace(" ", ""));

        // one open proposal per certificate
        var twice = confirm("canbo", id, body(stopped, "Lần hai", null));
        assertThat(twice.getStatusCode().value()).isEqualTo(409);
        assertThat(TestHttp.isProblem(twice)).isTrue();
        assertThat(twice.getBody()).contains("dự thảo");

        var issued = new DocumentsHttp(port, "lanhdao").issue(documentId);
        assertThat(issued.getStatusCode().value()).as(issued.getBody()).isEqualTo(200);
        String number = DocumentsHttp.json(issued).get("number").asString();
        assertThat(number).matches("\\d{2,}/UBND-KT");
        JsonNode marked = get("canbo", id).get("revocationProposal");
        assertThat(marked.get("state").asString()).isEqualTo("ISSUED");
        assertThat(marked.get("number").asString()).isEqualTo(number);
        assertThat(marked.get("issuedOn").asString()).isEqualTo(today().toString());
        assertThat(marked.get("decideBy").asString()).isEqualTo(today().plusDays(15).toString());
        assertThat(told(id)).contains("hoangduy", "canbo");
        assertThat(get("hoangduy", id).get("revocationProposal").get("number").asString()).isEqualTo(number);
        assertThat(confirm("canbo", id, body(stopped, "Lần ba", null)).getBody()).contains(number);

        String page = PageSession.signIn(port, "canbo").get("/certificates/" + id).getBody();
        assertThat(page).contains("Đã xác nhận và đề nghị thu hồi", number, today().format(VN), "hạn quyết định",
                today().plusDays(15).format(VN)).doesNotContain("id=\"cessation-form\"");
        assertThat(page).containsPattern("<option value=\"đ\"[^>]*selected").contains("Theo xác nhận và đề nghị thu "
                + "hồi của UBND phường số " + number);
        assertThat(page).doesNotContain("Quá hạn");
        jdbc.sql("UPDATE certification.revocation_proposal SET issued_on = :d WHERE document_id = :doc")
                .param("d", today().minusDays(16)).param("doc", documentId).update();
        assertThat(PageSession.signIn(port, "canbo").get("/certificates/" + id).getBody()).contains("Quá hạn",
                "hạn quyết định <strong id=\"cessation-deadline\">" + today().minusDays(1).format(VN));

        var revoked = TestHttp.as(port, "canbo", "demo").post("/api/v1/certificates/" + id + "/revocation",
                "{\"ground\":\"đ\",\"authority\":\"PROVINCE\",\"decisionNo\":\"T-TH/QĐ-UBND\",\"decisionDate\":\""
                        + today() + "\"}");
        assertThat(revoked.getStatusCode().value()).as(revoked.getBody()).isEqualTo(200);
        JsonNode decided = DocumentsHttp.json(revoked).get("revocationProposal");
        assertThat(decided.get("state").asString()).isEqualTo("DECIDED");
        assertThat(decided.get("number").asString()).isEqualTo(number);
        assertThat(decided.get("decideBy").asString()).isEqualTo(today().minusDays(1).toString());
        long proposalId = decided.get("id").asLong();
        assertThat(accounts.runAs("canbo", () -> audit.history("revocation_proposal", proposalId))).hasSize(3);
        var afterRevocation = confirm("canbo", id, body(stopped, "Sau thu hồi", null));
        assertThat(afterRevocation.getStatusCode().value()).isEqualTo(409);
        assertThat(afterRevocation.getBody()).contains("Đã thu hồi");
    }

    /** Discarding the draft công văn lets go of the proposal: the certificate may be confirmed again. */
    @Test
    void aDiscardedDraftFreesTheCertificateForANewConfirmation() {
        long id = certificate(3, 8);
        var drafted = confirm("canbo", id, body(today(), "Làm việc trực tiếp với chủ thể", null));
        assertThat(drafted.getStatusCode().value()).as(drafted.getBody()).isEqualTo(201);
        long documentId = DocumentsHttp.json(drafted).get("documentId").asLong();
        assertThat(confirm("canbo", id, body(today(), "Lần hai", null)).getStatusCode().value()).isEqualTo(409);

        int version = DocumentsHttp.json(TestHttp.as(port, "canbo", "demo").get("/api/v1/documents/" + documentId))
                .get("version").asInt();
        var discarded = TestHttp.as(port, "canbo", "demo").post("/api/v1/documents/" + documentId + "/discard",
                "{\"reason\": \"Ghi sai ngày ngừng sản xuất\", \"version\": " + version + "}");
        assertThat(discarded.getStatusCode().value()).as(discarded.getBody()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT state FROM certification.revocation_proposal WHERE document_id = :d")
                .param("d", documentId).query(String.class).single()).isEqualTo("DISCARDED");
        assertThat(get("canbo", id).get("revocationProposal").isNull()).isTrue();

        var again = confirm("canbo", id, body(today().minusDays(3), "Chủ thể có đơn xin dừng sản xuất", null));
        assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(201);
        assertThat(DocumentsHttp.json(again).get("documentId").asLong()).isNotEqualTo(documentId);
    }

    @Test
    void aFiveStarProposalGoesToTheMinisterThroughTheProvince() {
        long id = certificate(5, 6);
        var drafted = confirm("canbo", id, body(today(), "Chủ thể có đơn xin dừng sản xuất", null));
        assertThat(drafted.getStatusCode().value()).as(drafted.getBody()).isEqualTo(201);
        long documentId = DocumentsHttp.json(drafted).get("documentId").asLong();
        JsonNode proposal = DocumentsHttp.json(TestHttp.as(port, "canbo", "demo").get("/api/v1/documents/"
                + documentId)).get("content").get("sections").get(1);
        assertThat(proposal.get("heading").asString()).isEqualTo("Đề nghị thu hồi giấy chứng nhận");
        assertThat(proposal.get("paragraphs").get(0).asString()).contains("tham mưu Ủy ban nhân dân tỉnh Đồng Nai "
                + "báo cáo, đề nghị Bộ trưởng Bộ Nông nghiệp và Môi trường xem xét, quyết định thu hồi",
                "theo điểm b khoản 2").doesNotContain("Chủ tịch");
    }

    @Test
    void badInputIsNamedAndDraftsNothing() {
        long id = certificate(3, 4);
        LocalDate issued = today().minusMonths(4);
        int before = count();
        var empty = confirm("canbo", id, "{}");
        assertThat(empty.getStatusCode().value()).isEqualTo(400);
        assertThat(TestHttp.isProblem(empty)).isTrue();
        assertThat(DocumentsHttp.errorFields(empty)).containsExactly("stoppedOn", "verifiedHow");
        assertThat(DocumentsHttp.errorFields(confirm("canbo", id, body(today().plusDays(1), "x", null))))
                .containsExactly("stoppedOn");
        var early = confirm("canbo", id, body(issued.minusDays(1), "x", null));
        assertThat(DocumentsHttp.errorFields(early)).containsExactly("stoppedOn");
        assertThat(early.getBody()).contains(issued.format(VN));
        var format = confirm("canbo", id, "{\"stoppedOn\": \"01/02/2026\", \"verifiedHow\": \"x\", \"note\": \""
                + "n".repeat(2001) + "\"}");
        assertThat(format.getStatusCode().value()).isEqualTo(400);
        assertThat(DocumentsHttp.errorFields(format)).containsExactly("stoppedOn", "note");
        assertThat(count()).isEqualTo(before);
        assertThat(get("canbo", id).get("revocationProposal").isNull()).isTrue();
    }

    @Test
    void onlyTheWardOfficerOfTheCertificatesWardConfirms() {
        long id = certificate(4, 5);
        String ok = body(today(), "Làm việc trực tiếp với chủ thể", null);
        int before = count();
        for (String user : List.of("hoangduy", "lanhdao", "tinh", "vanhoa")) {
            var r = confirm(user, id, ok);
            assertThat(r.getStatusCode().value()).as(user).isEqualTo(403);
            assertThat(TestHttp.isProblem(r)).isTrue();
        }
        var otherWard = confirm("canbobv", id, ok);
        assertThat(otherWard.getStatusCode().value()).isEqualTo(404);
        assertThat(TestHttp.isProblem(otherWard)).isTrue();
        assertThat(confirm("canbo", 987_654_321L, ok).getStatusCode().value()).isEqualTo(404);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void noProposalOnACertificateExpiredOrSuperseded() {
        long expired = certificate(3, 48);
        assertThat(get("canbo", expired).get("status").asString()).isEqualTo("EXPIRED");
        long superseded = certificate(4, 12);
        jdbc.sql("UPDATE certification.certificate SET superseded_on = :d WHERE id = :id").param("d", today())
                .param("id", superseded).update();
        assertThat(get("canbo", superseded).get("status").asString()).isEqualTo("SUPERSEDED");
        String ok = body(today(), "Làm việc trực tiếp với chủ thể", null);
        int before = count();
        for (long id : new long[] {expired, superseded}) {
            var r = confirm("canbo", id, ok);
            assertThat(r.getStatusCode().value()).isEqualTo(409);
            assertThat(TestHttp.isProblem(r)).isTrue();
        }
        assertThat(count()).isEqualTo(before);
    }
}
