package ocop.inspection.web;

import static ocop.PageSession.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import ocop.OcopIntegrationTest;
import ocop.PageSession;
import ocop.access.UserAccounts;
import ocop.certification.CertificateExpired;
import ocop.inspection.AdHocReason;
import ocop.inspection.Answer;
import ocop.inspection.DraftInput;
import ocop.inspection.InspectionApi;
import ocop.inspection.PhotoInput;
import ocop.inspection.StartVisitInput;
import ocop.inspection.VisitView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The visit pages without a browser: a request raised by an expired certificate, started from the overview; the form's
 * Vietnamese errors next to the fields with what was typed kept (outcome, finding, action, action note); photos with
 * and without a position; the record after submission; a follow-up visit closing the action; stale versions as 409.
 */
@OcopIntegrationTest
class InspectionVisitPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InspectionApi api;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Clock clock;

    @Test
    void fromAnExpiredCertificateToARecordAndAFollowUp() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long honey = InspectionPageFixtures.product(jdbc, InspectionPageFixtures.HONEY);
        long certificate = ThreadLocalRandom.current().nextLong(70_000_000, 80_000_000);
        tx.executeWithoutResult(s -> events.publishEvent(new CertificateExpired(certificate, honey, "26080",
                today.minusDays(2))));
        long request = jdbc.sql("SELECT id FROM inspection.adhoc_request WHERE source_ref = :c")
                .param("c", Long.toString(certificate)).query(Long.class).single();

        PageSession canbo = PageSession.signIn(port, "canbo");
        String overview = canbo.get("/inspections").getBody();
        assertThat(overview).contains("Giấy chứng nhận hết hiệu lực", "Hệ thống (tự động)",
                "href=\"/certificates/" + certificate + "\"", "name=\"adHocRequestId\" value=\"" + request + "\"");
        var started = canbo.post("/inspections/visits", form("adHocRequestId", String.valueOf(request)));
        assertThat(started.getStatusCode().value()).isEqualTo(302);
        long visit = InspectionPageFixtures.idFrom(started);
        String path = "/inspections/visits/" + visit;
        assertThat(canbo.get(path).getBody()).contains("id=\"visit-form\"", "data-save-url=\"" + path + "/draft\"",
                "capture=\"environment\"", "Không áp dụng", "Giấy chứng nhận hết hiệu lực",
                "href=\"/certificates/" + certificate + "\"",
                "/js/inspection-visit.js");

        var unanswered = canbo.submit(path, path + "/submit", form("outcome", "PROPOSE_REVOCATION",
                "revocationGround", "", "conclusion", "Còn bao bì in biểu trưng OCOP"));
        assertThat(unanswered.getStatusCode().value()).isEqualTo(200);
        assertThat(unanswered.getBody()).contains("Chưa đánh giá mục SX.1.",
                "Đề nghị thu hồi phải nêu một căn cứ theo khoản 1 Điều 8.", "Còn bao bì in biểu trưng OCOP",
                "id=\"ground-block\">").containsPattern("id=\"outcome-PROPOSE_REVOCATION\"[^>]*checked");

        var badFinding = canbo.post(path + "/findings", form("itemCode", "LOGO.2", "text", " "));
        assertThat(badFinding.getBody()).contains("Mô tả phát hiện.", "Chọn mức độ của phát hiện.");
        assertThat(canbo.post(path + "/findings", form("itemCode", "LOGO.2", "text",
                "Bao bì tồn kho còn in biểu trưng OCOP 3 sao.", "severity", "MAJOR")).getStatusCode().value())
                .isEqualTo(302);
        long finding = jdbc.sql("SELECT id FROM inspection.finding WHERE visit_id = :v").param("v", visit)
                .query(Long.class).single();
        var badAction = canbo.post(path + "/findings/" + finding + "/actions",
                form("description", "Dán đè bao bì tồn", "owner", "", "deadline", ""));
        assertThat(badAction.getBody()).contains("Ghi người hoặc đơn vị chịu trách nhiệm khắc phục.",
                "Nhập thời hạn khắc phục.", "Dán đè bao bì tồn");
        assertThat(canbo.post(path + "/findings/" + finding + "/actions", form("description", "Dán đè bao bì tồn",
                "owner", "Chủ hộ Lý Văn Tre", "deadline", today.plusDays(20).toString())).getStatusCode().value())
                .isEqualTo(302);

        assertThat(canbo.multipart(path + "/photos", form("file", png("nhan.png"), "itemCode", "LOGO.2",
                "latitude", "10.9312", "longitude", "107.2417", "accuracy", "12.5")).getStatusCode().value())
                .isEqualTo(302);
        assertThat(canbo.multipart(path + "/photos", form("file", png("kho.png"))).getStatusCode().value())
                .isEqualTo(302);
        String withPhotos = canbo.get(path).getBody();
        assertThat(withPhotos).contains("10.931200, 107.241700", "Không có vị trí", "Mục LOGO.2");
        long photo = jdbc.sql("SELECT min(id) FROM inspection.visit_photo WHERE visit_id = :v").param("v", visit)
                .query(Long.class).single();
        var image = canbo.get(path + "/photos/" + photo);
        assertThat(image.getStatusCode().value()).isEqualTo(200);
        assertThat(image.getHeaders().getContentType()).hasToString("image/png");

        VisitView v = accounts.runAs("canbo", () -> api.visit(visit));
        accounts.runAs("canbo", () -> api.saveDraft(visit, new DraftInput("page-test", 1, v.items().stream()
                .map(i -> new DraftInput.AnswerInput(i.code(), i.code().equals("LOGO.2") ? Answer.NOT_MEETS
                        : Answer.MEETS, null)).toList(), v.version())));
        var submitted = canbo.submit(path, path + "/submit", form("outcome", "PROPOSE_REVOCATION",
                "revocationGround", "D", "conclusion", "Sử dụng biểu trưng sau khi hết hiệu lực.", "version",
                InspectionPageFixtures.hidden(canbo.get(path).getBody(), path + "/submit", "version")));
        assertThat(submitted.getStatusCode().value()).isEqualTo(302);
        String record = canbo.get(path).getBody();
        assertThat(record).contains("id=\"visit-done\"", "Đề nghị thu hồi giấy chứng nhận",
                "d) Sử dụng nhãn hiệu OCOP sai mục đích", "Bắt đầu kiểm tra lại").doesNotContain("id=\"visit-form\"");

        var followUp = canbo.post(path + "/follow-up", form());
        assertThat(followUp.getStatusCode().value()).isEqualTo(302);
        String next = "/inspections/visits/" + InspectionPageFixtures.idFrom(followUp);
        String nextPage = canbo.get(next).getBody();
        assertThat(nextPage).contains("Biện pháp khắc phục của lần kiểm tra trước", "Xác nhận đã khắc phục",
                "Dán đè bao bì tồn");
        long action = jdbc.sql("SELECT id FROM inspection.corrective_action WHERE finding_id = :f").param("f", finding)
                .query(Long.class).single();
        String version = InspectionPageFixtures.hidden(nextPage, next + "/actions/" + action + "/escalate", "version");
        var noNote = canbo.post(next + "/actions/" + action + "/close", form("note", "", "version", version));
        assertThat(noNote.getBody()).contains("Ghi nhận kết quả khắc phục đã thấy khi kiểm tra lại.");
        var stale = canbo.post(next + "/actions/" + action + "/escalate", form("note", "Chuyển Sở",
                "version", String.valueOf(Integer.parseInt(version) - 1)));
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(stale.getBody()).contains("Biện pháp khắc phục vừa được người khác cập nhật.");
        assertThat(canbo.post(next + "/actions/" + action + "/close", form("note", "Đã dán đè toàn bộ bao bì tồn.",
                "version", version)).getStatusCode().value()).isEqualTo(302);
        assertThat(canbo.get(next).getBody()).contains("Đã khắc phục: Đã dán đè toàn bộ bao bì tồn.");
        var staleSubmit = canbo.post(next + "/submit", form("outcome", "CRITERIA_MAINTAINED", "version", "999"));
        assertThat(staleSubmit.getStatusCode().value()).isEqualTo(409);
        assertThat(staleSubmit.getBody()).contains("Biên bản vừa được người khác cập nhật.");
    }

    /**
     * A photo the phone resends after an unknown outcome (same client id, same bytes, same item) is the photo already
     * stored, not a second one; the same bytes for another item, or sent without a client id, are a photo of their own.
     */
    @Test
    void aResentPhotoIsStoredOnce() {
        long honey = InspectionPageFixtures.product(jdbc, InspectionPageFixtures.HONEY);
        long visit = accounts.runAs("canbo", () -> api.startVisit(new StartVisitInput(null, null, honey,
                AdHocReason.OTHER, "Kiểm tra thử ảnh gửi lại", LocalDate.now(clock), List.of()))).id();
        byte[] bytes = InspectionHttp.png();
        String clientId = UUID.randomUUID().toString();
        long first = accounts.runAs("canbo", () -> api.addPhoto(visit, new PhotoInput("nhan.png", bytes, "LOGO.2",
                null, null, null, null, clientId))).id();
        long resent = accounts.runAs("canbo", () -> api.addPhoto(visit, new PhotoInput("nhan.png", bytes, "LOGO.2",
                null, null, null, null, clientId))).id();
        assertThat(resent).isEqualTo(first);
        long otherItem = accounts.runAs("canbo", () -> api.addPhoto(visit, new PhotoInput("nhan.png", bytes, null,
                null, null, null, null, UUID.randomUUID().toString()))).id();
        long noClientId = accounts.runAs("canbo", () -> api.addPhoto(visit, new PhotoInput("nhan.png", bytes,
                "LOGO.2", null, null, null, null))).id();
        assertThat(otherItem).isNotEqualTo(first);
        assertThat(noClientId).isNotIn(first, otherItem);
        assertThat(jdbc.sql("SELECT count(*) FROM inspection.visit_photo WHERE visit_id = :v").param("v", visit)
                .query(Integer.class).single()).isEqualTo(3);
    }

    private static ByteArrayResource png(String name) throws Exception {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return new ByteArrayResource(out.toByteArray()) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}
