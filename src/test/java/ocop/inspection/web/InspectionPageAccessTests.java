package ocop.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ocop.OcopIntegrationTest;
import ocop.PageSession;
import ocop.access.UserAccounts;
import ocop.inspection.AdHocReason;
import ocop.inspection.Answer;
import ocop.inspection.DraftInput;
import ocop.inspection.InspectionOutcome;
import ocop.inspection.SubmitInput;
import ocop.inspection.VisitView;
import ocop.inspection.InspectionApi;
import ocop.inspection.PlanInput;
import ocop.inspection.StartVisitInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who sees the inspection pages: officials of the ward and the province have the menu entry; a producer or a
 * neighbourhood head gets 403 on the lists and 404 on a plan or a draft visit (checks may be unannounced); another
 * ward's officer gets 404 on Long Khánh's plan and visit; the ward leader reads a draft without the form.
 */
@OcopIntegrationTest
class InspectionPageAccessTests {

    @LocalServerPort
    int port;

    @Autowired
    InspectionApi api;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void outsideTheWardNothingIsFound() {
        LocalDate today = LocalDate.now(clock);
        String title = "Kế hoạch quyền xem " + UUID.randomUUID();
        long honey = InspectionPageFixtures.product(jdbc, InspectionPageFixtures.HONEY);
        long plan = accounts.runAs("canbo", () -> api.createPlan(new PlanInput(null, today.getYear(), null, title,
                null))).id();
        long visit = accounts.runAs("canbo", () -> api.startVisit(new StartVisitInput(null, null, honey,
                AdHocReason.OTHER, null, today, List.of()))).id();

        PageSession producer = PageSession.signIn(port, "hoangduy");
        assertThat(producer.get("/certificates").getBody()).doesNotContain("href=\"/inspections\"");
        assertThat(producer.get("/inspections").getStatusCode().value()).isEqualTo(403);
        assertThat(producer.get("/inspections/today").getStatusCode().value()).isEqualTo(403);
        assertThat(producer.get("/inspections/plans/" + plan).getStatusCode().value()).isEqualTo(404);
        assertThat(producer.get("/inspections/visits/" + visit).getStatusCode().value()).isEqualTo(404);
        assertThat(PageSession.signIn(port, "khupho1").get("/inspections").getStatusCode().value()).isEqualTo(403);

        PageSession otherWard = PageSession.signIn(port, "canbobv");
        var notFound = otherWard.get("/inspections/visits/" + visit);
        assertThat(notFound.getStatusCode().value()).isEqualTo(404);
        assertThat(notFound.getBody()).contains("Không tìm thấy biên bản kiểm tra.");
        assertThat(otherWard.get("/inspections/plans/" + plan).getStatusCode().value()).isEqualTo(404);
        assertThat(otherWard.get("/inspections/visits/" + visit + "/photos/1").getStatusCode().value()).isEqualTo(404);
        assertThat(otherWard.get("/inspections?year=").getBody()).doesNotContain(title);
        assertThat(otherWard.post("/inspections/visits/" + visit + "/findings", PageSession.form("text", "x",
                "severity", "MINOR")).getStatusCode().value()).isEqualTo(404);

        PageSession canbo = PageSession.signIn(port, "canbo");
        assertThat(canbo.get("/").getBody()).contains("href=\"/inspections\"", "Kiểm tra, giám sát");
        assertThat(canbo.get("/inspections?year=").getBody()).contains(title);
        assertThat(PageSession.signIn(port, "tinh").get("/inspections/plans/" + plan).getBody()).contains(title);
        String leader = PageSession.signIn(port, "lanhdao").get("/inspections/visits/" + visit).getBody();
        assertThat(leader).contains("Biên bản đang được ghi; trang này chỉ để xem.")
                .doesNotContain("id=\"visit-form\"");
    }

    @Test
    void aProducerReadsTheSubmittedRecordOfItsOwnProductOnly() {
        long cordyceps = InspectionPageFixtures.product(jdbc, "Nấm Đông trùng Hạ thảo");
        VisitView v = accounts.runAs("canbo", () -> api.startVisit(new StartVisitInput(null, null, cordyceps,
                AdHocReason.OTHER, null, LocalDate.now(clock), List.of())));
        String path = "/inspections/visits/" + v.id();
        PageSession producer = PageSession.signIn(port, "minhduc");
        assertThat(producer.get(path).getStatusCode().value()).isEqualTo(404);
        VisitView answered = accounts.runAs("canbo", () -> api.saveDraft(v.id(), new DraftInput("access-test", 1,
                v.items().stream().map(i -> new DraftInput.AnswerInput(i.code(), Answer.MEETS, null)).toList(),
                v.version())));
        accounts.runAs("canbo", () -> api.submit(v.id(), new SubmitInput(InspectionOutcome.CRITERIA_MAINTAINED, null,
                "Duy trì đủ tiêu chí.", answered.version())));
        var record = producer.get(path);
        assertThat(record.getStatusCode().value()).isEqualTo(200);
        assertThat(record.getBody()).contains("Sản phẩm duy trì các tiêu chí", "Duy trì đủ tiêu chí.")
                .doesNotContain("href=\"/inspections\"").doesNotContain("id=\"visit-form\"")
                .doesNotContain("/follow-up").doesNotContain("Lịch sử thay đổi");
        assertThat(PageSession.signIn(port, "hoangduy").get(path).getStatusCode().value()).isEqualTo(404);
    }
}
