package ocop.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import ocop.access.UserAccounts;
import ocop.registry.ProductView;
import ocop.registry.RegistryApi;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two at-risk sources fed by inspections, with visits recorded through {@link InspectionApi} on products of the
 * test's own: a corrective action left open past its deadline ({@code FINDING_OVERDUE}) and the OCOP mark seen on the
 * labels of a product whose certificate has expired ({@code LOGO_AFTER_EXPIRY}) — each in
 * {@code /api/v1/candidates/at-risk} and its XLSX, for the ward only, and gone once the matter is settled.
 */
@OcopIntegrationTest
class AtRiskInspectionSourcesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    InspectionApi api;

    @Autowired
    RegistryApi registry;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    @Test
    void anActionOpenPastItsDeadlinePutsTheProductOnTheListUntilItIsEscalated() throws Exception {
        InspectionFixtures fx = new InspectionFixtures(accounts, jdbc);
        LocalDate today = LocalDate.now(clock);
        ProductView product = fixtures().product("Nước mắm", today.minusYears(1));
        LocalDate deadline = today.minusDays(10);

        VisitView visit = fx.as("canbo", () -> api.startVisit(new StartVisitInput(null, null, product.id(),
                AdHocReason.COMPLAINT, "Phản ánh về vệ sinh cơ sở", today.minusDays(40), List.of())));
        VisitView answered = fx.as("canbo", () -> api.saveDraft(visit.id(),
                InspectionFixtures.allMeet(visit, "overdue-" + visit.id(), 1, "VS.1")));
        FindingView finding = fx.as("canbo", () -> api.addFinding(visit.id(),
                new FindingInput("VS.1", "Kho chứa nguyên liệu ẩm thấp, có côn trùng.", Severity.MAJOR)));
        ActionView action = fx.as("canbo", () -> api.addAction(finding.id(),
                new ActionInput("Vệ sinh, sửa lại kho chứa và đặt bẫy côn trùng", "Chủ cơ sở", deadline)));
        assertThat(reasons(product.name())).as("a visit still being written was not notified yet")
                .doesNotContain("FINDING_OVERDUE");

        fx.as("canbo", () -> api.submit(visit.id(), new SubmitInput(InspectionOutcome.CORRECTIVE_ACTION_REQUIRED,
                null, "Khắc phục kho chứa.", answered.version())));

        JsonNode row = row(product.name(), "FINDING_OVERDUE");
        assertThat(row.get("reason").asString())
                .isEqualTo("Có phát hiện khi kiểm tra chưa được khắc phục, đã quá thời hạn khắc phục");
        assertThat(row.get("dueOn").asString()).isEqualTo(deadline.toString());
        assertThat(row.get("daysLeft").asLong()).isEqualTo(-10);
        assertThat(row.get("certificateId").isNull()).isTrue();
        assertThat(row.get("unitCode").asString()).isEqualTo("26080");
        assertThat(row.get("note").asString()).isEqualTo("Biện pháp “Vệ sinh, sửa lại kho chứa và đặt bẫy côn trùng” "
                + "hạn " + String.format("%02d/%02d/%d", deadline.getDayOfMonth(), deadline.getMonthValue(),
                deadline.getYear()));
        assertThat(xlsxReasons(product.name())).contains(
                "Có phát hiện khi kiểm tra chưa được khắc phục, đã quá thời hạn khắc phục");
        assertThat(names("canbobv")).doesNotContain(product.name());
        assertThat(names("tinh")).contains(product.name());

        fx.as("canbo", () -> api.escalateAction(action.id(),
                new ActionEscalateInput("Chuyển Đội quản lý thị trường xử lý.", action.version())));
        assertThat(reasons(product.name())).doesNotContain("FINDING_OVERDUE");
    }

    @Test
    void theLogoSeenAfterTheCertificateExpiredPutsTheProductOnTheListUntilALaterVisitFindsTheLabelsInOrder()
            throws Exception {
        InspectionFixtures fx = new InspectionFixtures(accounts, jdbc);
        LocalDate today = LocalDate.now(clock);
        ProductView product = fixtures().product("Trà mãng cầu", today.minusYears(4));
        long certificate = fixtures().certificate(product, today.minusYears(4));
        assertThat(reasons(product.name())).containsExactly("CERTIFICATE_EXPIRED");

        VisitView visit = fx.as("canbo", () -> api.startVisit(new StartVisitInput(null, null, product.id(),
                AdHocReason.EXPIRED_CERTIFICATE, String.valueOf(certificate), today, List.of())));
        VisitView answered = fx.as("canbo", () -> api.saveDraft(visit.id(),
                InspectionFixtures.allMeet(visit, "logo-" + visit.id(), 1, "LOGO.2")));
        FindingView finding = fx.as("canbo", () -> api.addFinding(visit.id(), new FindingInput("LOGO.2",
                "Bao bì đang bán còn in biểu trưng OCOP 3 sao.", Severity.MAJOR)));
        ActionView action = fx.as("canbo", () -> api.addAction(finding.id(),
                new ActionInput("Dán đè biểu trưng trên bao bì còn tồn", "Chủ cơ sở", today.plusDays(15))));
        assertThat(reasons(product.name())).doesNotContain("LOGO_AFTER_EXPIRY");
        fx.as("canbo", () -> api.submit(visit.id(), new SubmitInput(InspectionOutcome.CORRECTIVE_ACTION_REQUIRED,
                null, "Dán đè biểu trưng.", answered.version())));

        JsonNode row = row(product.name(), "LOGO_AFTER_EXPIRY");
        assertThat(row.get("reason").asString()).isEqualTo("Vẫn sử dụng biểu trưng OCOP, hạng sao trên nhãn khi "
                + "giấy chứng nhận đã hết hiệu lực hoặc bị thu hồi");
        assertThat(row.get("certificateId").asLong()).isEqualTo(certificate);
        LocalDate validUntil = LocalDate.parse(row.get("validUntil").asString());
        assertThat(validUntil).isBefore(today);
        assertThat(row.get("dueOn").asString()).isEqualTo(validUntil.toString());
        assertThat(row.get("daysLeft").asLong()).isEqualTo(row(product.name(), "CERTIFICATE_EXPIRED")
                .get("daysLeft").asLong()).isNegative();
        assertThat(row.get("note").asString()).startsWith("Kiểm tra ngày ")
                .endsWith(": LOGO.2 không đạt; phát hiện: Bao bì đang bán còn in biểu trưng OCOP 3 sao.");
        assertThat(xlsxReasons(product.name())).containsExactlyInAnyOrder(
                "Giấy chứng nhận đã hết hiệu lực, sản phẩm có thể vẫn dùng nhãn OCOP",
                "Vẫn sử dụng biểu trưng OCOP, hạng sao trên nhãn khi giấy chứng nhận đã hết hiệu lực hoặc bị thu hồi");
        assertThat(names("canbobv")).doesNotContain(product.name());

        VisitView followUp = fx.as("canbo", () -> api.startFollowUp(visit.id(), new FollowUpInput(null, List.of())));
        fx.as("canbo", () -> api.closeAction(action.id(), new ActionCloseInput(followUp.id(),
                "Bao bì tồn đã dán đè.", action.version())));
        VisitView clean = fx.as("canbo", () -> api.saveDraft(followUp.id(),
                InspectionFixtures.allMeet(followUp, "logo-" + followUp.id(), 1)));
        assertThat(reasons(product.name())).as("the follow-up is still a draft").contains("LOGO_AFTER_EXPIRY");
        fx.as("canbo", () -> api.submit(followUp.id(), new SubmitInput(InspectionOutcome.CRITERIA_MAINTAINED, null,
                null, clean.version())));
        assertThat(reasons(product.name())).containsExactly("CERTIFICATE_EXPIRED");
    }

    private CandidateFixtures fixtures() {
        return new CandidateFixtures(registry, accounts, jdbc, events);
    }

    private JsonNode rows(String user) {
        ResponseEntity<String> response = TestHttp.as(port, user, "demo").get("/api/v1/candidates/at-risk");
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return JSON.readTree(response.getBody());
    }

    private List<String> names(String user) {
        List<String> names = new ArrayList<>();
        rows(user).forEach(r -> names.add(r.get("productName").asString()));
        return names;
    }

    private List<String> reasons(String product) {
        List<String> reasons = new ArrayList<>();
        rows("canbo").forEach(r -> {
            if (product.equals(r.get("productName").asString())) {
                reasons.add(r.get("reasonCode").asString());
            }
        });
        return reasons;
    }

    private JsonNode row(String product, String reasonCode) {
        for (JsonNode r : rows("canbo")) {
            if (product.equals(r.get("productName").asString()) && reasonCode.equals(r.get("reasonCode").asString())) {
                return r;
            }
        }
        throw new AssertionError("no " + reasonCode + " row for " + product);
    }

    /** The "Lý do" cells of the product's rows in the ward officer's XLSX. */
    private List<String> xlsxReasons(String product) throws Exception {
        byte[] body = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("canbo", "demo")).build()
                .get().uri("/api/v1/candidates/at-risk.xlsx").retrieve().body(byte[].class);
        List<String> reasons = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            assertThat(text.formatCellValue(sheet.getRow(1).getCell(1))).isEqualTo("Lý do");
            assertThat(text.formatCellValue(sheet.getRow(1).getCell(2))).isEqualTo("Sản phẩm");
            for (Row row : sheet) {
                if (row.getRowNum() > 1 && product.equals(text.formatCellValue(row.getCell(2)))) {
                    reasons.add(text.formatCellValue(row.getCell(1)));
                }
            }
        }
        return reasons;
    }
}
