package ocop.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GET /api/v1/candidates/{kind} and its XLSX over real HTTP: who may read which rows, unknown lists, and the
 * spreadsheet read back with POI (title row with the ward and the day, Vietnamese headers, dd/MM/yyyy dates).
 */
@OcopIntegrationTest
class CandidateApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    private List<String> productNames(String user, String kind) {
        ResponseEntity<String> response = TestHttp.as(port, user, "demo").get("/api/v1/candidates/" + kind);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        JSON.readTree(response.getBody()).forEach(row -> names.add(row.get("productName").asString()));
        return names;
    }

    @Test
    void theWardSeesItsRowsTheOtherWardNoneOfThemAndTheProvinceBoth() {
        assertThat(productNames("canbo", "ready")).contains(CandidateListsDemoTests.CHOM_CHOM)
                .doesNotContain(CandidateListsDemoTests.BANH_TRANG);
        assertThat(productNames("canbo", "upgrade")).contains(CandidateListsDemoTests.GIO_MAY,
                CandidateListsDemoTests.DU_LICH);
        assertThat(productNames("lanhdao", "at-risk")).contains(CandidateListsDemoTests.CORDYCEPS,
                CandidateListsDemoTests.MAT_ONG);

        for (String kind : List.of("ready", "upgrade", "at-risk")) {
            JsonNode rows = JSON.readTree(TestHttp.as(port, "canbobv", "demo").get("/api/v1/candidates/" + kind)
                    .getBody());
            rows.forEach(row -> assertThat(row.get("unitCode").asString()).isNotEqualTo("26080"));
        }
        assertThat(productNames("canbobv", "ready")).containsExactly(CandidateListsDemoTests.BANH_TRANG);
        assertThat(productNames("tinh", "ready")).contains(CandidateListsDemoTests.CHOM_CHOM,
                CandidateListsDemoTests.BANH_TRANG);
        assertThat(productNames("tinh", "at-risk")).contains(CandidateListsDemoTests.CHOM_CHOM);
    }

    @Test
    void rowsCarryWhatEachListIsAbout() {
        JsonNode upgrade = find(TestHttp.as(port, "canbo", "demo").get("/api/v1/candidates/upgrade"),
                CandidateListsDemoTests.GIO_MAY);
        assertThat(upgrade.get("pointsToThreshold").asInt()).isEqualTo(6);
        assertThat(upgrade.get("threshold").asInt()).isEqualTo(70);
        assertThat(upgrade.get("validUntil").asString()).isEqualTo("2027-11-20");
        assertThat(upgrade.get("suggestions").get(0).has("toOption")).isTrue();
        JsonNode atRisk = find(TestHttp.as(port, "canbo", "demo").get("/api/v1/candidates/at-risk"),
                CandidateListsDemoTests.CHOM_CHOM);
        assertThat(atRisk.get("reasonCode").asString()).isEqualTo("CERTIFICATE_EXPIRED");
        assertThat(atRisk.get("daysLeft").asLong()).isNegative();
        assertThat(atRisk.get("neighbourhood").asString()).isEqualTo("Khu phố 3");
    }

    @Test
    void producersNeighbourhoodHeadsAndMassOrganisationsAreRefused() {
        for (String user : List.of("hoangduy", "minhduc", "khupho1", "mattran")) {
            ResponseEntity<String> response = TestHttp.as(port, user, "demo").get("/api/v1/candidates/ready");
            assertThat(response.getStatusCode().value()).as(user).isEqualTo(403);
            assertThat(TestHttp.isProblem(response)).isTrue();
        }
        assertThat(TestHttp.anonymous(port).get("/api/v1/candidates/ready").getStatusCode().value()).isEqualTo(401);
        assertThat(bytes("hoangduy", "/api/v1/candidates/ready.xlsx").getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void anUnknownListIsAProblemNotFound() {
        ResponseEntity<String> response = TestHttp.as(port, "canbo", "demo").get("/api/v1/candidates/best");
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(TestHttp.isProblem(response)).isTrue();
        assertThat(JSON.readTree(response.getBody()).get("detail").asString()).contains("'best'", "ready", "at-risk");
        assertThat(bytes("canbo", "/api/v1/candidates/best.xlsx").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theXlsxReadsBackWithTitleHeadersAndDates() throws Exception {
        ResponseEntity<byte[]> response = bytes("canbo", "/api/v1/candidates/at-risk.xlsx");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).startsWith("danh-sach-at-risk-");
        String today = LocalDate.now(clock).format(DAY);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            assertThat(text.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo(
                    "Danh sách sản phẩm cần chú ý khi kiểm tra, giám sát — Phường Long Khánh — ngày " + today);
            List<String> headers = new ArrayList<>();
            sheet.getRow(1).forEach(c -> headers.add(text.formatCellValue(c)));
            assertThat(headers).containsExactly("STT", "Lý do", "Sản phẩm", "Chủ thể", "Khu phố",
                    "Số giấy chứng nhận", "Hạng sao", "Hiệu lực đến", "Số ngày còn lại (âm: đã quá)", "Ghi chú");
            Row cordyceps = row(sheet, text, CandidateListsDemoTests.CORDYCEPS);
            assertThat(text.formatCellValue(cordyceps.getCell(7))).isEqualTo("15/09/2025");
            assertThat(cordyceps.getCell(7).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2025, 9, 15));
            assertThat(text.formatCellValue(cordyceps.getCell(1)))
                    .isEqualTo("Giấy chứng nhận đã hết hiệu lực, sản phẩm có thể vẫn dùng nhãn OCOP");
            assertThat(cordyceps.getCell(8).getNumericCellValue()).isNegative();
            int rows = JSON.readTree(TestHttp.as(port, "canbo", "demo").get("/api/v1/candidates/at-risk").getBody())
                    .size();
            assertThat(sheet.getLastRowNum()).isEqualTo(rows + 1);
        }
    }

    @Test
    void theXlsxIsAlsoServedWithFormatXlsxAndForTheOtherLists() throws Exception {
        ResponseEntity<byte[]> response = bytes("tinh", "/api/v1/candidates/upgrade?format=xlsx");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            assertThat(text.formatCellValue(sheet.getRow(0).getCell(0)))
                    .startsWith("Danh sách sản phẩm có thể nâng hạng — Tỉnh Đồng Nai — ngày ");
            assertThat(text.formatCellValue(sheet.getRow(1).getCell(12))).isEqualTo("Tiêu chí cần nâng");
            Row gioMay = row(sheet, text, CandidateListsDemoTests.GIO_MAY);
            assertThat(text.formatCellValue(gioMay.getCell(6))).isEqualTo("20/11/2027");
            assertThat(gioMay.getCell(11).getNumericCellValue()).isEqualTo(6);
            assertThat(text.formatCellValue(gioMay.getCell(12))).contains("→");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                bytes("canbobv", "/api/v1/candidates/ready.xlsx").getBody()))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            assertThat(text.formatCellValue(sheet.getRow(0).getCell(0))).contains("Phường Bảo Vinh");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(text.formatCellValue(sheet.getRow(2).getCell(1))).isEqualTo(CandidateListsDemoTests.BANH_TRANG);
            assertThat(text.formatCellValue(sheet.getRow(2).getCell(4))).isEqualTo("58");
        }
    }

    @Test
    void theApiIsDocumented() {
        JsonNode docs = JSON.readTree(TestHttp.anonymous(port).get("/v3/api-docs").getBody());
        JsonNode paths = docs.get("paths");
        assertThat(paths.has("/api/v1/candidates/{kind}")).isTrue();
        assertThat(paths.has("/api/v1/candidates/{kind}.xlsx")).isTrue();
        assertThat(paths.get("/api/v1/candidates/{kind}").get("get").get("tags").get(0).asString())
                .isEqualTo("Danh sách rà soát");
    }

    /** The data row of a product, found under the "Sản phẩm" header. */
    private static Row row(Sheet sheet, DataFormatter text, String product) {
        int column = -1;
        for (var cell : sheet.getRow(1)) {
            if (text.formatCellValue(cell).equals("Sản phẩm")) {
                column = cell.getColumnIndex();
            }
        }
        for (Row row : sheet) {
            if (row.getRowNum() > 1 && product.equals(text.formatCellValue(row.getCell(column)))) {
                return row;
            }
        }
        throw new AssertionError("no row for " + product);
    }

    private static JsonNode find(ResponseEntity<String> response, String product) {
        for (JsonNode row : JSON.readTree(response.getBody())) {
            if (product.equals(row.get("productName").asString())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + product + " in " + response.getBody());
    }

    private ResponseEntity<byte[]> bytes(String user, String path) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth(user, "demo")).build()
                .get().uri(path).retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(byte[].class);
    }
}
