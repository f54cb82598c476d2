package ocop.certification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import ocop.certification.domain.ValidityPolicy;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Nhập giấy chứng nhận từ .xlsx: all rows or none, every error by row and column, officers only. */
@OcopIntegrationTest
class CertificateImportTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ValidityPolicy validity;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void importsTwoGoodRowsWithTheirValidUntil() throws Exception {
        long product = product("Sầu riêng Ri6");
        String tag = tag();
        LocalDate first = LocalDate.of(2024, 3, 15);
        LocalDate second = LocalDate.of(2025, 1, 31);
        byte[] xlsx = workbook(List.of(
                new Object[] {(double) product, "GCN-IMP1-" + tag, 4.0, 72.5, "11/QĐ-UBND", first, first, "QĐ 26/2026"},
                new Object[] {String.valueOf(product), "GCN-IMP2-" + tag, "3", null, "12/QĐ-UBND", "31/01/2025",
                        "31/01/2025", "QĐ 148/1489"}));
        var response = upload("canbo", xlsx);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("count").asInt()).isEqualTo(2);
        long id1 = body.get("ids").get(0).asLong();
        long id2 = body.get("ids").get(1).asLong();
        assertThat(validUntil(id1)).isEqualTo(validity.validUntil(first));
        assertThat(validUntil(id2)).isEqualTo(validity.validUntil(second));
        var row = jdbc.sql("SELECT source, stars, regime, unit_code FROM certification.certificate WHERE id = :id")
                .param("id", id2).query().singleRow();
        assertThat(row.get("source")).isEqualTo("IMPORT");
        assertThat(((Number) row.get("stars")).intValue()).isEqualTo(3);
        assertThat(row.get("regime")).isEqualTo("LEGACY_148_1489");
        assertThat(row.get("unit_code")).isEqualTo("26080");
        JsonNode view = json.readTree(TestHttp.as(port, "canbo", "demo").get("/api/v1/certificates/" + id1)
                .getBody());
        assertThat(view.get("number").asString()).isEqualTo("GCN-IMP1-" + tag);
    }

    @Test
    void oneBadRowRejectsTheWholeFileNamingTheRow() throws Exception {
        long product = product("Sầu riêng Ri6");
        String tag = tag();
        byte[] xlsx = workbook(List.of(
                new Object[] {(double) product, "GCN-BAD1-" + tag, 4.0, null, "21/QĐ-UBND", "10/05/2025",
                        "10/05/2025", "QĐ 26/2026"},
                new Object[] {(double) product, "GCN-BAD2-" + tag, 6.0, 120.0, "22/QĐ-UBND", "32/13/2025",
                        "10/05/2025", "khác"},
                new Object[] {(double) product, "GCN-BAD3-" + tag, 5.0, null, "23/QĐ-UBND", "10/05/2025",
                        "10/05/2025", "QĐ 26/2026"}));
        var response = upload("canbo", xlsx);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(TestHttp.isProblem(response)).isTrue();
        assertThat(response.getBody()).contains("Dòng 3, cột Hạng sao: phải từ 3 đến 5", "Dòng 3, cột Điểm",
                "Dòng 3, cột Ngày quyết định", "Dòng 3, cột Chế độ").doesNotContain("Dòng 2,", "Dòng 4,");
        assertThat(jdbc.sql("SELECT count(*) FROM certification.certificate WHERE number LIKE :n")
                .param("n", "GCN-BAD%-" + tag).query(Integer.class).single()).isZero();
    }

    @Test
    void producersMayNotImportAndTheTemplateHasTheHeader() throws Exception {
        long product = product("Sầu riêng Ri6");
        byte[] xlsx = workbook(List.<Object[]>of(new Object[] {(double) product, "GCN-P-" + tag(), 4.0, null,
                "31/QĐ-UBND", "10/05/2025", "10/05/2025", "QĐ 26/2026"}));
        assertThat(upload("hoangduy", xlsx).getStatusCode().value()).isEqualTo(403);
        byte[] template = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("canbo", "demo")).build()
                .get().uri("/api/v1/certificates/import/template.xlsx").retrieve().body(byte[].class);
        try (var wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("Hạng sao");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    private long product(String prefix) {
        return jdbc.sql("SELECT id FROM registry.product WHERE name LIKE :n ORDER BY id LIMIT 1")
                .param("n", prefix + "%").query(Long.class).single();
    }

    private LocalDate validUntil(long id) {
        return jdbc.sql("SELECT valid_until FROM certification.certificate WHERE id = :id").param("id", id)
                .query(LocalDate.class).single();
    }

    private static String tag() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
    }

    static byte[] workbook(List<Object[]> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("GCN");
            Row header = sheet.createRow(0);
            String[] names = {"Mã sản phẩm hoặc ID sản phẩm", "Số giấy chứng nhận", "Hạng sao", "Điểm",
                    "Số quyết định", "Ngày quyết định", "Ngày cấp", "Chế độ"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                Object[] values = rows.get(r);
                for (int c = 0; c < values.length; c++) {
                    Object v = values[c];
                    if (v instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else if (v instanceof String s) {
                        row.createCell(c).setCellValue(s);
                    } else if (v instanceof LocalDate d) {
                        var cell = row.createCell(c);
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private ResponseEntity<String> upload(String account, byte[] bytes) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return "gcn.xlsx";
            }
        });
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth(account, "demo")).build()
                .post().uri("/api/v1/certificates/import").contentType(MediaType.MULTIPART_FORM_DATA)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON).body(form).retrieve()
                .onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
    }
}
