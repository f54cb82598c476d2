package ocop.inspection.web;

import static ocop.PageSession.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import ocop.OcopIntegrationTest;
import ocop.PageSession;
import ocop.access.Role;
import ocop.access.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inspectors chosen among the ward's officials on the plan item form: the ticked account's id is stored with its name
 * (beside "Tôi" and the people named by hand), the planned visit shows on that official's "Hôm nay"; an account of
 * another ward is refused next to the field with what was typed kept.
 */
@OcopIntegrationTest
class InspectionPlanTeamPagesTests {

    private static final String PASSWORD = "kiem-tra-" + UUID.randomUUID();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Clock clock;

    @Test
    void aChosenOfficialGetsThePlannedVisitOnHerDay() {
        LocalDate today = LocalDate.now(clock);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "Hồ Thị Kiểm " + suffix;
        long officer = accounts.create(new UserAccounts.NewAccount("kiem" + suffix, PASSWORD, name,
                Role.WARD_OFFICER, "26080", null, null, false));
        long canbobv = accounts.idOf("canbobv").orElseThrow();
        long canboId = accounts.idOf("canbo").orElseThrow();

        PageSession canbo = PageSession.signIn(port, "canbo");
        var created = canbo.submit("/inspections/plans/new", "/inspections/plans",
                form("year", String.valueOf(today.getYear()), "quarter", "", "title",
                        "Kế hoạch tổ kiểm tra " + suffix));
        String planPath = "/inspections/plans/" + InspectionPageFixtures.idFrom(created);
        String page = canbo.get(planPath).getBody();
        assertThat(page).contains("name=\"inspectorIds\"", "value=\"" + officer + "\"", name,
                        "Nguyễn Văn Lãnh (minh họa)", "Lãnh đạo UBND phường")
                .doesNotContain("id=\"inspector-" + canboId + "\"").doesNotContain("Đặng Văn Vinh")
                .doesNotContain("Võ Thị Mặt");

        long honey = InspectionPageFixtures.product(jdbc, InspectionPageFixtures.HONEY);
        var foreign = canbo.submit(planPath, planPath + "/items", form("productId", String.valueOf(honey),
                "plannedOn", today.toString(), "inspectorIds", String.valueOf(canbobv),
                "otherInspectors", "Người ngoài giữ lại"));
        assertThat(foreign.getStatusCode().value()).isEqualTo(200);
        assertThat(foreign.getBody()).contains("id=\"inspectors-error\"",
                "Người kiểm tra đã chọn không còn là cán bộ của phường. Hãy chọn lại.", "Người ngoài giữ lại");

        var added = canbo.submit(planPath, planPath + "/items", form("productId", String.valueOf(honey),
                "plannedOn", today.toString(), "inspectorIds", String.valueOf(officer),
                "otherInspectors", "Nguyễn Văn Khách"));
        assertThat(added.getStatusCode().value()).isEqualTo(302);
        String stored = jdbc.sql("SELECT inspectors::text FROM inspection.plan_item WHERE plan_id = :p")
                .param("p", Long.parseLong(planPath.substring(planPath.lastIndexOf('/') + 1)))
                .query(String.class).single();
        assertThat(stored).contains("\"userId\": " + officer, name, "Nguyễn Văn Khách").doesNotContain(
                "\"userId\": " + canboId);
        long itemId = jdbc.sql("SELECT id FROM inspection.plan_item WHERE plan_id = :p")
                .param("p", Long.parseLong(planPath.substring(planPath.lastIndexOf('/') + 1)))
                .query(Long.class).single();

        PageSession lanhdao = PageSession.signIn(port, "lanhdao");
        String version = InspectionPageFixtures.hidden(lanhdao.get(planPath).getBody(), planPath + "/approve",
                "version");
        assertThat(lanhdao.post(planPath + "/approve", form("version", version)).getStatusCode().value())
                .isEqualTo(302);

        PageSession chosen = PageSession.signIn(port, "kiem" + suffix, PASSWORD);
        assertThat(chosen.get("/inspections/today").getBody())
                .contains("name=\"planItemId\" value=\"" + itemId + "\"");
        assertThat(canbo.get("/inspections/today").getBody()).doesNotContain("value=\"" + itemId + "\"");
    }
}
