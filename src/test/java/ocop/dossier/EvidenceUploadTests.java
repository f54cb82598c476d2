package ocop.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Evidence uploads over HTTP: PDF, images, DOCX and XLSX are accepted by their content, with the paper's data and
 * the SHA-256; anything else, whatever its name, is refused with a Vietnamese message (the size limit is tested on
 * {@link ocop.dossier.internal.EvidenceStoreTests}: over HTTP Tomcat resets a connection whose body it will not swallow).
 */
@OcopIntegrationTest
class EvidenceUploadTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private long dossier;
    private DossierHttp hoangduy;

    @BeforeEach
    void dossier() {
        dossier = new DossierFixtures(port, context).inState("DRAFT");
        hoangduy = new DossierHttp(port, "hoangduy");
    }

    @Test
    void officeDocumentsAndPdfAreKeptWithTheirDataAndHash() throws IOException {
        JsonNode docx = hoangduy.ok(hoangduy.upload(dossier, "E10", "cau-chuyen.docx", docx()));
        assertThat(docx.get("contentType").asString()).endsWith("wordprocessingml.document");
        assertThat(docx.get("issuer").asString()).isEqualTo("Cơ quan cấp thử");
        assertThat(docx.get("issuedOn").asString()).isEqualTo("2025-01-15");
        assertThat(docx.get("sha256").asString()).hasSize(64);
        JsonNode xlsx = hoangduy.ok(hoangduy.upload(dossier, "E06", "bao-cao-tai-chinh.xlsx", xlsx()));
        assertThat(xlsx.get("contentType").asString()).endsWith("spreadsheetml.sheet");
        var download = hoangduy.get("/api/v1/dossiers/" + dossier + "/evidence/" + xlsx.get("id").asLong());
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(TestHttp.header(download, "Content-Disposition")).contains("attachment");
    }

    @Test
    void aFileIsJudgedByItsContentNotItsName() {
        var text = hoangduy.upload(dossier, "E01", "giay-phep.pdf", "đây không phải PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(text.getStatusCode().value()).isEqualTo(400);
        assertThat(TestHttp.isProblem(text)).isTrue();
        assertThat(DossierHttp.json(text).get("detail").asString()).contains("Chỉ nhận tệp PDF");
        var program = hoangduy.upload(dossier, "E01", "anh.jpg", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0});
        assertThat(program.getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void anItemOutsideTheChecklistOrBadDatesAreRefused() {
        var unknown = hoangduy.upload(dossier, "E99", "x.pdf", DossierHttp.pdf("x"));
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(DossierHttp.texts(DossierHttp.json(unknown).get("errors"), "field")).contains("itemCode");
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Câu chuyện sản phẩm giò chả");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Doanh thu").createRow(0).createCell(0).setCellValue("2025");
            book.write(out);
            return out.toByteArray();
        }
    }
}
