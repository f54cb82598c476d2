package ocop.inspection.web;

import static ocop.PageSession.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import ocop.OcopIntegrationTest;
import ocop.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Kiểm tra đột xuất from the overview: a complaint raised by the ward officer waits in the list; "Bắt đầu kiểm tra
 * ngay" raises and opens the visit form; errors next to the fields with what was typed; readers, producers and
 * neighbourhood heads refused; another ward's officer cannot raise one for a Long Khánh product.
 */
@OcopIntegrationTest
class InspectionAdHocPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aComplaintIsRaisedAndWaitsInTheList() {
        long honey = InspectionPageFixtures.product(jdbc, InspectionPageFixtures.HONEY);
        String source = "Đơn phản ánh số 12 ngày 20/11/2026 " + UUID.randomUUID();
        PageSession canbo = PageSession.signIn(port, "canbo");
        String page = canbo.get("/inspections").getBody();
        assertThat(page).contains("id=\"adhoc-form\"", "Kiểm tra đột xuất", "Bắt đầu kiểm tra ngay",
                "<option value=\"COMPLAINT\"", "<option value=\"OTHER\"", "value=\"" + honey + "\"")
                .doesNotContain("<option value=\"EXPIRED_CERTIFICATE\"");

        var raised = canbo.submit("/inspections", "/inspections/requests", form("productId", String.valueOf(honey),
                "reason", "COMPLAINT", "sourceRef", source, "note", "Nhãn ghi 4 sao"));
        assertThat(raised.getStatusCode().value()).isEqualTo(302);
        assertThat(PageSession.location(raised)).isEqualTo("/inspections");
        long request = jdbc.sql("SELECT id FROM inspection.adhoc_request WHERE source_ref = :s AND reason = "
                + "'COMPLAINT' AND raised_by = 'canbo' AND product_id = :p").param("s", source).param("p", honey)
                .query(Long.class).single();
        String listed = canbo.get("/inspections").getBody();
        assertThat(listed).contains("Đã lập yêu cầu kiểm tra đột xuất sản phẩm “" + InspectionPageFixtures.HONEY,
                "Phản ánh, khiếu nại", "Nhãn ghi 4 sao", "name=\"adHocRequestId\" value=\"" + request + "\"");
        jdbc.sql("DELETE FROM inspection.adhoc_request WHERE id = :id").param("id", request).update();
    }

    @Test
    void startNowRaisesTheRequestAndOpensTheVisitForm() {
        long honey = InspectionPageFixtures.product(jdbc, InspectionPageFixtures.HONEY);
        String source = "Phản ánh qua đường dây nóng " + UUID.randomUUID();
        PageSession canbo = PageSession.signIn(port, "canbo");
        var started = canbo.submit("/inspections", "/inspections/requests", form("productId", String.valueOf(honey),
                "reason", "OTHER", "sourceRef", source, "note", "", "start", "now"));
        assertThat(started.getStatusCode().value()).isEqualTo(302);
        assertThat(PageSession.location(started)).startsWith("/inspections/visits/");
        long visit = InspectionPageFixtures.idFrom(started);
        Long fromRequest = jdbc.sql("SELECT v.id FROM inspection.visit v JOIN inspection.adhoc_request r "
                + "ON r.id = v.adhoc_request_id WHERE r.source_ref = :s AND v.reason = 'OTHER'")
                .param("s", source).query(Long.class).single();
        assertThat(fromRequest).isEqualTo(visit);
        assertThat(canbo.get("/inspections/visits/" + visit).getBody()).contains("id=\"visit-form\"",
                InspectionPageFixtures.HONEY, "Lê Thị Cán (minh họa)");
        assertThat(canbo.get("/inspections").getBody()).doesNotContain(source);
    }

    @Test
    void errorsAreShownNextToTheFieldsWithWhatWasTyped() {
        PageSession canbo = PageSession.signIn(port, "canbo");
        String note = "Ghi chú giữ lại " + UUID.randomUUID();
        var missing = canbo.submit("/inspections", "/inspections/requests", form("productId", "",
                "reason", "COMPLAINT", "sourceRef", "", "note", note, "start", "now"));
        assertThat(missing.getStatusCode().value()).isEqualTo(200);
        assertThat(missing.getBody()).contains("Chọn sản phẩm cần kiểm tra.", "Ghi số, ngày của đơn phản ánh.",
                "id=\"productId-error\"", "id=\"sourceRef-error\"", note, "open=\"open\"");
        assertThat(jdbc.sql("SELECT count(*) FROM inspection.adhoc_request WHERE note = :n").param("n", note)
                .query(Long.class).single()).isZero();

        long honey = InspectionPageFixtures.product(jdbc, InspectionPageFixtures.HONEY);
        var systemOnly = canbo.submit("/inspections", "/inspections/requests", form("productId",
                String.valueOf(honey), "reason", "EXPIRED_CERTIFICATE", "sourceRef", "Giấy chứng nhận cũ"));
        assertThat(systemOnly.getBody()).contains("id=\"reason-error\"", "được hệ thống tự lập",
                "value=\"Giấy chứng nhận cũ\"");
        var garbled = canbo.submit("/inspections", "/inspections/requests", form("productId", "abc",
                "reason", "OTHER", "sourceRef", "Căn cứ gõ dở"));
        assertThat(garbled.getStatusCode().value()).isEqualTo(200);
        assertThat(garbled.getBody()).contains("id=\"productId-error\"", "value=\"Căn cứ gõ dở\"");
    }

    @Test
    void readersProducersAndAnotherWardAreRefused() {
        long honey = InspectionPageFixtures.product(jdbc, InspectionPageFixtures.HONEY);
        String source = "Đơn không được lập " + UUID.randomUUID();
        for (String user : new String[] {"hoangduy", "khupho1", "vanhoa"}) {
            PageSession s = PageSession.signIn(port, user);
            var refused = s.post("/inspections/requests", form("productId", String.valueOf(honey),
                    "reason", "COMPLAINT", "sourceRef", source));
            assertThat(refused.getStatusCode().value()).as(user).isEqualTo(403);
        }
        assertThat(PageSession.signIn(port, "vanhoa").get("/inspections").getBody())
                .doesNotContain("id=\"adhoc-form\"");

        PageSession canbobv = PageSession.signIn(port, "canbobv");
        assertThat(canbobv.get("/inspections").getBody()).contains("id=\"adhoc-form\"")
                .doesNotContain(InspectionPageFixtures.HONEY);
        var otherWard = canbobv.submit("/inspections", "/inspections/requests", form("productId",
                String.valueOf(honey), "reason", "COMPLAINT", "sourceRef", source, "start", "now"));
        assertThat(otherWard.getStatusCode().value()).isEqualTo(200);
        assertThat(otherWard.getBody()).contains("id=\"productId-error\"",
                "Chọn một sản phẩm đã được công nhận của phường trong danh sách.");
        assertThat(jdbc.sql("SELECT count(*) FROM inspection.adhoc_request WHERE source_ref = :s")
                .param("s", source).query(Long.class).single()).isZero();
    }
}
