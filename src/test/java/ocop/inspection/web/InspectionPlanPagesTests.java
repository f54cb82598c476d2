package ocop.inspection.web;

import static ocop.PageSession.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import ocop.OcopIntegrationTest;
import ocop.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plan pages as the ward uses them: the officer creates a plan (Vietnamese errors next to the fields, what was
 * typed kept), adds a product with the day and inspectors, the leader approves it (a stale version is a 409 in plain
 * words), the item shows on the officer's "Hôm nay" view, and the officer closes the plan.
 */
@OcopIntegrationTest
class InspectionPlanPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aPlanIsCreatedFilledApprovedAndClosed() {
        LocalDate today = LocalDate.now(clock);
        String title = "Kế hoạch hậu kiểm trang " + UUID.randomUUID();
        PageSession canbo = PageSession.signIn(port, "canbo");
        var overview = canbo.get("/inspections");
        assertThat(overview.getStatusCode().value()).isEqualTo(200);
        assertThat(overview.getBody()).contains("Kiểm tra, giám sát sản phẩm OCOP", "id=\"new-plan\"");

        var bad = canbo.submit("/inspections/plans/new", "/inspections/plans",
                form("year", String.valueOf(today.getYear()), "quarter", "5", "title", title + "   "));
        assertThat(bad.getStatusCode().value()).isEqualTo(200);
        assertThat(bad.getBody()).contains("Quý phải từ 1 đến 4, hoặc để trống cho cả năm.")
                .contains("value=\"" + title + "   \"");
        var empty = canbo.submit("/inspections/plans/new", "/inspections/plans", form("year", "", "title", ""));
        assertThat(empty.getBody()).contains("Nhập năm của kế hoạch (ví dụ 2026).", "Nhập tên kế hoạch.");

        var created = canbo.submit("/inspections/plans/new", "/inspections/plans",
                form("year", String.valueOf(today.getYear()), "quarter", "", "title", title));
        assertThat(created.getStatusCode().value()).isEqualTo(302);
        long planId = InspectionPageFixtures.idFrom(created);
        String planPath = "/inspections/plans/" + planId;
        assertThat(canbo.get(planPath).getBody()).contains(title, "Dự thảo", "Thêm sản phẩm vào kế hoạch",
                InspectionPageFixtures.HONEY);

        var badItem = canbo.submit(planPath, planPath + "/items", form("productId", "", "plannedOn", "",
                "otherInspectors", "", "note", "Ghi chú giữ lại"));
        assertThat(badItem.getStatusCode().value()).isEqualTo(200);
        assertThat(badItem.getBody()).contains("Chọn sản phẩm cần kiểm tra.", "Nhập ngày dự kiến kiểm tra.",
                "Cần ít nhất một người kiểm tra.", "Ghi chú giữ lại");
        long honey = InspectionPageFixtures.product(jdbc, InspectionPageFixtures.HONEY);
        var wrongYear = canbo.submit(planPath, planPath + "/items", form("productId", String.valueOf(honey),
                "plannedOn", today.plusYears(1).toString(), "includeMe", "true"));
        assertThat(wrongYear.getBody()).contains("Ngày kiểm tra phải trong năm " + today.getYear() + ".");

        var added = canbo.submit(planPath, planPath + "/items", form("productId", String.valueOf(honey),
                "plannedOn", today.toString(), "includeMe", "true", "otherInspectors", "Nguyễn Văn Khách\n"));
        assertThat(added.getStatusCode().value()).isEqualTo(302);
        String page = canbo.get(planPath).getBody();
        assertThat(page).contains("Lê Thị Cán (minh họa), Nguyễn Văn Khách").contains(
                today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        long itemId = jdbc.sql("SELECT id FROM inspection.plan_item WHERE plan_id = :p").param("p", planId)
                .query(Long.class).single();
        long wine = InspectionPageFixtures.product(jdbc, "Rượu vang chôm chôm");
        assertThat(canbo.post(planPath + "/items", form("productId", String.valueOf(wine), "plannedOn",
                today.toString(), "otherInspectors", "Trần Văn Khách")).getStatusCode().value()).isEqualTo(302);
        long wineItem = jdbc.sql("SELECT id FROM inspection.plan_item WHERE plan_id = :p AND product_id = :x")
                .param("p", planId).param("x", wine).query(Long.class).single();
        assertThat(canbo.get(planPath).getBody()).contains("Rượu vang chôm chôm", "Trần Văn Khách");
        assertThat(canbo.post(planPath + "/items/" + wineItem + "/delete", form()).getStatusCode().value())
                .isEqualTo(302);
        page = canbo.get(planPath).getBody();
        assertThat(page.split("class=\"plan-item\"", -1)).hasSize(2);
        assertThat(page).doesNotContain("items/" + wineItem + "/delete");

        assertThat(page).doesNotContain(planPath + "/approve").doesNotContain(planPath + "/close");
        var refused = canbo.post(planPath + "/approve", form("version", "1"));
        assertThat(refused.getStatusCode().value()).isEqualTo(403);

        PageSession lanhdao = PageSession.signIn(port, "lanhdao");
        String leaderPage = lanhdao.get(planPath).getBody();
        String current = InspectionPageFixtures.hidden(leaderPage, planPath + "/approve", "version");
        var stale = lanhdao.post(planPath + "/approve", form("version", String.valueOf(Integer.parseInt(current) - 1)));
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(stale.getBody())
                .contains("Kế hoạch vừa được người khác cập nhật. Hãy tải lại trang rồi thực hiện lại.")
                .contains("id=\"conflict-back\"");
        var approved = lanhdao.post(planPath + "/approve", form("version", current));
        assertThat(approved.getStatusCode().value()).isEqualTo(302);
        assertThat(lanhdao.get(planPath).getBody()).contains("Đã phê duyệt").doesNotContain("Bắt đầu kiểm tra");

        assertThat(canbo.get("/inspections/today").getBody()).contains("name=\"planItemId\" value=\"" + itemId + "\"");
        assertThat(canbo.get("/inspections?year=" + today.getYear()).getBody()).contains(title);
        assertThat(canbo.get("/inspections?year=" + (today.getYear() - 3)).getBody()).doesNotContain(title);

        String approvedPage = canbo.get(planPath).getBody();
        var closed = canbo.post(planPath + "/close", form("version",
                InspectionPageFixtures.hidden(approvedPage, planPath + "/close", "version")));
        assertThat(closed.getStatusCode().value()).isEqualTo(302);
        assertThat(canbo.get(planPath).getBody()).contains("Đã kết thúc").doesNotContain("Thêm sản phẩm vào kế hoạch");
        assertThat(canbo.get("/inspections/today").getBody()).doesNotContain("name=\"planItemId\" value=\"" + itemId + "\"");
    }
}
