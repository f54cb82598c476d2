package ocop.certification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import ocop.access.UserAccounts;
import ocop.PageSession;
import ocop.certification.CertificateFixtures;
import ocop.documents.DocumentsHttp;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * Thông báo đánh giá lại (issue 6): the ward officer drafts a TB or CV for the certificates in or approaching their
 * Điều 7.6.a window; the draft lists exactly those, with their windows; the leader's issue marks the certificates; a
 * certificate is not drafted twice in one window unless the earlier notice is replaced or its draft discarded; roles,
 * scope and bad input.
 * Each test makes its own certificates (fixtures on demo products) with windows relative to today.
 */
@OcopIntegrationTest
class RenewalNoticeTests {

    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String NOTICES = "/api/v1/certificates/renewal-notice";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Clock clock;

    /** A certificate of the demo product valid until about {@code daysLeft} days from today. */
    long certificate(String product, int stars, int daysLeft) {
        LocalDate today = LocalDate.now(clock);
        return CertificateFixtures.certificate(jdbc, events, accounts, product, stars,
                today.plusDays(daysLeft).minusMonths(36));
    }

    JsonNode get(String user, long certificate) {
        return DocumentsHttp.json(TestHttp.as(port, user, "demo").get("/api/v1/certificates/" + certificate));
    }

    static String body(String type, Long replaces, long... ids) {
        List<String> list = new ArrayList<>();
        for (long id : ids) {
            list.add(String.valueOf(id));
        }
        return "{\"certificateIds\": [" + String.join(", ", list) + "]"
                + (type == null ? "" : ", \"type\": \"" + type + "\"")
                + (replaces == null ? "" : ", \"replaces\": " + replaces) + "}";
    }

    ResponseEntity<String> draft(String user, String json) {
        return TestHttp.as(port, user, "demo").post(NOTICES, json);
    }

    /** The row the notice's table should have for a certificate: product, producer, number, stars and the window. */
    List<String> expectedRow(int n, long certificate) {
        JsonNode c = get("canbo", certificate);
        LocalDate until = LocalDate.parse(c.get("validUntil").asString());
        return List.of(String.valueOf(n), c.get("productName").asString(), c.get("producerName").asString(),
                c.get("number").asString(), String.valueOf(c.get("stars").asInt()), until.format(VN),
                until.minusDays(180).format(VN), until.minusDays(120).format(VN));
    }

    String pdfText(long documentId) throws Exception {
        var pdf = new DocumentsHttp(port, "canbo").bytes("/api/v1/documents/" + documentId + "/pdf");
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        try (PDDocument d = Loader.loadPDF(pdf.getBody())) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theDraftListsExactlyTheChosenCertificatesAndTheLeadersIssueMarksThem() throws Exception {
        long inWindow = certificate("Rượu vang chôm chôm", 4, 150);
        long approaching = certificate("Giỏ mây đan", 3, 200);
        long notChosen = certificate("Du lịch vườn", 3, 140);
        assertThat(get("canbo", inWindow).get("status").asString()).isEqualTo("RENEWAL_WINDOW");
        assertThat(get("canbo", approaching).get("status").asString()).isEqualTo("VALID");
        assertThat(get("canbo", approaching).get("renewalNoticeDue").asBoolean()).isTrue();

        var drafted = draft("canbo", body(null, null, approaching, inWindow));
        assertThat(drafted.getStatusCode().value()).as(drafted.getBody()).isEqualTo(201);
        JsonNode doc = DocumentsHttp.json(drafted);
        long documentId = doc.get("id").asLong();
        assertThat(doc.get("type").asString()).isEqualTo("TB");
        assertThat(doc.get("status").asString()).isEqualTo("DRAFT");
        JsonNode table = doc.get("content").get("sections").get(0).get("table");
        List<List<String>> rows = table.get("rows").valueStream()
                .map(r -> r.valueStream().map(JsonNode::asString).toList()).toList();
        // the earliest expiry first: the certificate in its window, then the one approaching it
        assertThat(rows).containsExactly(expectedRow(1, inWindow), expectedRow(2, approaching));
        assertThat(doc.get("content").get("recipients").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder(get("canbo", inWindow).get("producerName").asString(),
                        get("canbo", approaching).get("producerName").asString());

        String text = pdfText(documentId);
        assertThat(text).contains("THÔNG BÁO", "Quyết định số 26/2026/QĐ-TTg", "không muộn hơn 120 ngày",
                "Mẫu số 02", "sản lượng, doanh thu", "Bộ phận tiếp nhận và trả kết quả", "Phòng Kinh tế");
        for (List<String> row : rows) {
            assertThat(text).contains(row.get(5), row.get(6), row.get(7));
            assertThat(text.replace(" ", "")).contains(row.get(3).replace(" ", ""));
        }
        String other = get("canbo", notChosen).get("number").asString();
        assertThat(text.replace(" ", "")).doesNotContain(other);

        JsonNode before = get("canbo", inWindow).get("renewalNotice");
        assertThat(before.get("documentId").asLong()).isEqualTo(documentId);
        assertThat(before.get("issued").asBoolean()).isFalse();
        assertThat(get("canbo", notChosen).get("renewalNotice").isNull()).isTrue();

        // the same certificate cannot be drafted twice in its window while the first notice stands
        var twice = draft("canbo", body("CV", null, notChosen, inWindow));
        assertThat(twice.getStatusCode().value()).isEqualTo(409);
        assertThat(TestHttp.isProblem(twice)).isTrue();
        assertThat(DocumentsHttp.errorFields(twice)).containsExactly("certificateIds[1]");
        assertThat(get("canbo", notChosen).get("renewalNotice").isNull()).as("nothing drafted").isTrue();

        var issued = new DocumentsHttp(port, "lanhdao").issue(documentId);
        assertThat(issued.getStatusCode().value()).as(issued.getBody()).isEqualTo(200);
        String number = DocumentsHttp.json(issued).get("number").asString();
        assertThat(number).matches("\\d{2,}/TB-UBND");
        for (long c : new long[] {inWindow, approaching}) {
            JsonNode notice = get("canbo", c).get("renewalNotice");
            assertThat(notice.get("issued").asBoolean()).isTrue();
            assertThat(notice.get("number").asString()).isEqualTo(number);
            assertThat(notice.get("issuedOn").asString()).isEqualTo(LocalDate.now(clock).toString());
        }
        String page = PageSession.signIn(port, "canbo").get("/certificates/" + inWindow).getBody();
        assertThat(page).contains("Đã thông báo", number, LocalDate.now(clock).format(VN));
        assertThat(page).doesNotContain("id=\"draft-notice\"");

        // after issue: refused again, unless the new notice replaces the issued one
        var again = draft("canbo", body(null, null, inWindow));
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody()).contains(number);
        var replacement = draft("canbo", body("CV", documentId, inWindow, approaching));
        assertThat(replacement.getStatusCode().value()).as(replacement.getBody()).isEqualTo(201);
        long replacementId = DocumentsHttp.json(replacement).get("id").asLong();
        assertThat(DocumentsHttp.json(replacement).get("replacesId").asLong()).isEqualTo(documentId);
        var reissued = new DocumentsHttp(port, "lanhdao").issue(replacementId);
        assertThat(reissued.getStatusCode().value()).as(reissued.getBody()).isEqualTo(200);
        String newNumber = DocumentsHttp.json(reissued).get("number").asString();
        assertThat(newNumber).matches("\\d{2,}/UBND-KT");
        assertThat(get("canbo", inWindow).get("renewalNotice").get("number").asString()).isEqualTo(newNumber);
        assertThat(jdbc.sql("SELECT state FROM certification.renewal_notice WHERE document_id = :d")
                .param("d", documentId).query(String.class).single()).isEqualTo("REPLACED");
    }

    @Test
    void aCongVanIsAddressedToTheProducers() throws Exception {
        long c = certificate("Rượu vang chôm chôm", 4, 160);
        var drafted = draft("canbo", body("CV", null, c));
        assertThat(drafted.getStatusCode().value()).as(drafted.getBody()).isEqualTo(201);
        JsonNode doc = DocumentsHttp.json(drafted);
        assertThat(doc.get("type").asString()).isEqualTo("CV");
        String producer = get("canbo", c).get("producerName").asString();
        String text = pdfText(doc.get("id").asLong());
        assertThat(text).contains("V/v nộp hồ sơ đánh giá, phân hạng lại sản phẩm OCOP", "Kính gửi: " + producer,
                "Đề nghị các chủ thể quan tâm, thực hiện đúng thời hạn");
    }

    @Test
    void onlyTheWardOfficerOfTheCertificatesWardDrafts() {
        long c = certificate("Giỏ mây đan", 3, 170);
        int before = count();
        var producer = draft("hoangduy", body(null, null, c));
        assertThat(producer.getStatusCode().value()).isEqualTo(403);
        assertThat(TestHttp.isProblem(producer)).isTrue();
        assertThat(draft("lanhdao", body(null, null, c)).getStatusCode().value()).isEqualTo(403);
        var otherWard = draft("canbobv", body(null, null, c));
        assertThat(otherWard.getStatusCode().value()).isEqualTo(404);
        assertThat(TestHttp.isProblem(otherWard)).isTrue();
        assertThat(count()).isEqualTo(before);
        assertThat(get("canbo", c).get("renewalNotice").isNull()).isTrue();
    }

    @Test
    void badInputIsNamedAndDraftsNothing() {
        long far = certificate("Du lịch vườn", 3, 400);
        long closed = certificate("Du lịch vườn", 3, 100);
        long due = certificate("Giỏ mây đan", 3, 130);
        int before = count();

        for (String empty : List.of("{}", "{\"certificateIds\": []}")) {
            var r = draft("canbo", empty);
            assertThat(r.getStatusCode().value()).isEqualTo(400);
            assertThat(TestHttp.isProblem(r)).isTrue();
            assertThat(DocumentsHttp.errorFields(r)).containsExactly("certificateIds");
        }
        var outside = draft("canbo", body(null, null, due, far, closed));
        assertThat(outside.getStatusCode().value()).isEqualTo(400);
        assertThat(DocumentsHttp.errorFields(outside)).containsExactly("certificateIds[1]", "certificateIds[2]");
        assertThat(outside.getBody()).contains("chưa đến thời hạn đánh giá lại", "đã quá hạn cuối nộp hồ sơ");
        var type = draft("canbo", body("QD", null, due));
        assertThat(type.getStatusCode().value()).isEqualTo(400);
        assertThat(DocumentsHttp.errorFields(type)).containsExactly("type");
        var replaces = draft("canbo", body(null, 999_999_999L, due));
        assertThat(replaces.getStatusCode().value()).isEqualTo(400);
        assertThat(DocumentsHttp.errorFields(replaces)).containsExactly("replaces");
        var unknown = draft("canbo", body(null, null, 987_654_321L));
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(count()).isEqualTo(before);
        assertThat(get("canbo", due).get("renewalNotice").isNull()).isTrue();
    }

    @Test
    void theListFiltersTheDueCertificatesAndItsFormKeepsTheTicksOnError() {
        long due = certificate("Rượu vang chôm chôm", 4, 190);
        long far = certificate("Rượu vang chôm chôm", 4, 500);
        PageSession canbo = PageSession.signIn(port, "canbo");
        String page = canbo.get("/certificates?renewalDue=true").getBody();
        assertThat(page).contains("id=\"notice-pick-" + due + "\"", "id=\"draft-notice\"")
                .doesNotContain("id=\"certificate-" + far + "\"");

        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("certificateIds", String.valueOf(due));
        form.add("type", "QD");
        form.add("renewalDue", "true");
        var refused = canbo.submit("/certificates?renewalDue=true", "/certificates/renewal-notice", form);
        assertThat(refused.getStatusCode().value()).isEqualTo(200);
        assertThat(refused.getBody()).contains("id=\"notice-error\"", "Chọn loại văn bản")
                .containsPattern("id=\"notice-pick-" + due + "\"[^>]*checked");

        MultiValueMap<String, Object> ok = new LinkedMultiValueMap<>();
        ok.add("certificateIds", String.valueOf(due));
        ok.add("type", "TB");
        var drafted = canbo.submit("/certificates?renewalDue=true", "/certificates/renewal-notice", ok);
        assertThat(drafted.getStatusCode().value()).isEqualTo(302);
        assertThat(drafted.getHeaders().getLocation()).asString().matches(".*/documents/\\d+$");
        assertThat(canbo.get("/certificates?renewalDue=true").getBody())
                .doesNotContain("id=\"notice-pick-" + due + "\"").contains("Dự thảo thông báo, chờ ban hành");
    }

    @Test
    void aDiscardedDraftFreesItsCertificatesForANewNotice() {
        long c = certificate("Giỏ mây đan", 3, 165);
        var first = draft("canbo", body(null, null, c));
        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
        long documentId = DocumentsHttp.json(first).get("id").asLong();
        assertThat(draft("canbo", body(null, null, c)).getBody()).contains("hủy dự thảo đó");

        var discarded = TestHttp.as(port, "canbo", "demo").post("/api/v1/documents/" + documentId + "/discard",
                "{\"reason\": \"Soạn nhầm: phải là công văn\", \"version\": 0}");
        assertThat(discarded.getStatusCode().value()).as(discarded.getBody()).isEqualTo(200);
        assertThat(noticeState(documentId)).isEqualTo("DISCARDED");
        long noticeId = jdbc.sql("SELECT id FROM certification.renewal_notice WHERE document_id = :d")
                .param("d", documentId).query(Long.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM access.audit_entry WHERE entity_type = 'renewal_notice' "
                + "AND entity_id = :id AND after_json ->> 'state' = 'DISCARDED'").param("id", String.valueOf(noticeId))
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(get("canbo", c).get("renewalNotice").isNull()).isTrue();
        assertThat(get("canbo", c).get("renewalNoticeDue").asBoolean()).isTrue();
        assertThat(PageSession.signIn(port, "canbo").get("/certificates/" + c).getBody())
                .doesNotContain("id=\"renewal-notice\"");

        var second = draft("canbo", body("CV", null, c));
        assertThat(second.getStatusCode().value()).as(second.getBody()).isEqualTo(201);
        long secondId = DocumentsHttp.json(second).get("id").asLong();
        assertThat(secondId).isNotEqualTo(documentId);
        assertThat(get("canbo", c).get("renewalNotice").get("documentId").asLong()).isEqualTo(secondId);
        assertThat(draft("canbo", body(null, null, c)).getStatusCode().value()).as("the new one holds it").isEqualTo(409);
    }

    @Test
    void aDraftDiscardedBeforeItsListenerRanDoesNotBlockEither() {
        long c = certificate("Du lịch vườn", 3, 175);
        long documentId = DocumentsHttp.json(draft("canbo", body(null, null, c))).get("id").asLong();
        // as if the application stopped between the discard's commit and certification's listener
        jdbc.sql("""
                UPDATE documents.document SET status = 'DISCARDED', discarded_at = now(), discarded_by = 'canbo',
                       discard_reason = 'Thử', version = version + 1 WHERE id = :id""").param("id", documentId).update();
        assertThat(noticeState(documentId)).isEqualTo("DRAFT");
        var again = draft("canbo", body(null, null, c));
        assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(201);
        assertThat(noticeState(documentId)).isEqualTo("DISCARDED");
    }

    String noticeState(long documentId) {
        return jdbc.sql("SELECT state FROM certification.renewal_notice WHERE document_id = :d")
                .param("d", documentId).query(String.class).single();
    }

    int count() {
        return jdbc.sql("SELECT count(*) FROM certification.renewal_notice").query(Integer.class).single();
    }
}
