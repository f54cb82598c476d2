package ocop.documents;

import static ocop.documents.DocumentsHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The documents API over real HTTP: draft, issue, files, immutability, register filters, bad input. */
@OcopIntegrationTest
class DocumentApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    DocumentsHttp officer() {
        return new DocumentsHttp(port, "canbo");
    }

    DocumentsHttp leader() {
        return new DocumentsHttp(port, "lanhdao");
    }

    @Test
    void anOfficerDraftsWithoutNumberAndALeaderIssuesWithNumberDateAndStoredPdf() throws Exception {
        long id = officer().draftId(DocumentsHttp.reportJson("Kết quả rà soát sản phẩm OCOP tháng 11"));
        JsonNode draft = json(officer().http().get("/api/v1/documents/" + id));
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("number").isNull()).isTrue();
        assertThat(draft.get("unitCode").asString()).isEqualTo("26080");

        var issued = leader().issue(id);
        assertThat(issued.getStatusCode().value()).isEqualTo(200);
        JsonNode body = json(issued);
        String number = body.get("number").asString();
        assertThat(number).matches("\\d{2,}/BC-UBND");
        assertThat(body.get("issuedOn").asString()).isEqualTo(LocalDate.now().toString());

        var pdf = officer().bytes("/api/v1/documents/" + id + "/pdf");
        assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(pdf.getHeaders().getContentDisposition().getFilename()).isEqualTo(number.replace('/', '-') + ".pdf");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.getBody()));
        assertThat(sha).isEqualTo(body.get("pdfSha256").asString());
        assertThat(json(officer().http().get("/api/v1/documents/" + id)).get("pdfSha256").asString()).isEqualTo(sha);
        try (PDDocument d = Loader.loadPDF(pdf.getBody())) {
            assertThat(new PDFTextStripper().getText(d).replaceAll("\\s+", " ")).contains("Số: " + number)
                    .contains("Long Khánh, ngày").contains("Nguyễn Văn Lãnh (minh họa)");
        }
        var docx = officer().bytes("/api/v1/documents/" + id + "/docx");
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.getBody()))) {
            assertThat(d.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("Số: " + number);
        }
    }

    @Test
    void anIssuedDocumentNeverChanges() {
        long id = officer().draftId(DocumentsHttp.reportJson("Báo cáo bất biến"));
        assertThat(leader().issue(id).getStatusCode().value()).isEqualTo(200);
        byte[] before = officer().bytes("/api/v1/documents/" + id + "/pdf").getBody();
        var edit = officer().http().put("/api/v1/documents/" + id, DocumentsHttp.reportJson("Báo cáo đã sửa"));
        assertThat(edit.getStatusCode().value()).isEqualTo(409);
        assertThat(TestHttp.isProblem(edit)).isTrue();
        assertThat(leader().issue(id).getStatusCode().value()).isEqualTo(409);
        assertThat(json(officer().http().get("/api/v1/documents/" + id)).get("subject").asString())
                .isEqualTo("Báo cáo bất biến");
        assertThat(officer().bytes("/api/v1/documents/" + id + "/pdf").getBody()).isEqualTo(before);
        assertThatThrownBy(() -> jdbc.sql("UPDATE documents.document SET subject = 'x' WHERE id = :id").param("id", id)
                .update()).as("the database refuses too").hasMessageContaining("never changes");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM documents.issued_file WHERE document_id = :id").param("id", id)
                .update()).hasMessageContaining("never changes");
    }

    @Test
    void aLaterIssuedDocumentReplacesAnIssuedOne() {
        long first = officer().draftId(DocumentsHttp.reportJson("Báo cáo sẽ bị thay thế"));
        String firstNumber = json(leader().issue(first)).get("number").asString();
        String replacing = DocumentsHttp.reportJson("Báo cáo thay thế").replaceFirst("\\{", "{\"replaces\": " + first + ", ");
        long second = officer().draftId(replacing);
        assertThat(json(officer().http().get("/api/v1/documents/" + first)).get("status").asString()).isEqualTo("ISSUED");
        leader().issue(second);
        JsonNode replaced = json(officer().http().get("/api/v1/documents/" + first));
        assertThat(replaced.get("status").asString()).isEqualTo("REPLACED");
        assertThat(replaced.get("replacedById").asLong()).isEqualTo(second);
        assertThat(replaced.get("number").asString()).isEqualTo(firstNumber);
        assertThat(json(officer().http().get("/api/v1/documents/" + second)).get("replacesId").asLong()).isEqualTo(first);
        assertThat(officer().draft(replacing).getStatusCode().value()).as("replaced only once").isEqualTo(409);
        long draft = officer().draftId(DocumentsHttp.reportJson("Còn là dự thảo"));
        assertThat(officer().draft(DocumentsHttp.reportJson("x").replaceFirst("\\{", "{\"replaces\": " + draft + ", "))
                .getStatusCode().value()).as("a draft cannot be replaced").isEqualTo(409);
    }

    @Test
    void aDraftIsRevisedWithItsVersionAndAStaleVersionIsAConflict() {
        long id = officer().draftId(DocumentsHttp.reportJson("Dự thảo lần 1"));
        String v0 = DocumentsHttp.reportJson("Dự thảo lần 2").replaceFirst("\\{", "{\"version\": 0, ");
        var revised = officer().http().put("/api/v1/documents/" + id, v0);
        assertThat(revised.getStatusCode().value()).isEqualTo(200);
        assertThat(json(revised).get("subject").asString()).isEqualTo("Dự thảo lần 2");
        assertThat(officer().http().put("/api/v1/documents/" + id, v0).getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void badInputIsA400NamingTheFields() {
        var missing = officer().draft("{\"type\": \"BC\", \"subject\": \"  \", \"sections\": []}");
        assertThat(missing.getStatusCode().value()).isEqualTo(400);
        assertThat(TestHttp.isProblem(missing)).isTrue();
        assertThat(DocumentsHttp.errorFields(missing)).containsExactly("subject", "sections");
        var unknownType = officer().draft("{\"type\": \"XYZ\", \"subject\": \"x\"}");
        assertThat(unknownType.getStatusCode().value()).isEqualTo(400);
        assertThat(DocumentsHttp.errorFields(unknownType)).containsExactly("type");
        var proposal = officer().draft("{\"type\": \"TTr\", \"subject\": \"Đề nghị\", \"sections\": [{\"paragraphs\": [\"x\"]}]}");
        assertThat(DocumentsHttp.errorFields(proposal)).containsExactly("recipients");
    }

    @Test
    void theRegisterFiltersByYearAndTypeAndSearchesWithoutDiacritics() {
        long id = officer().draftId(DocumentsHttp.reportJson("Tổng kết phong trào Đồng khởi sản phẩm"));
        leader().issue(id);
        int year = LocalDate.now().getYear();
        JsonNode found = json(officer().http().get("/api/v1/documents?year=" + year + "&type=BC&q=DONG khoi"));
        assertThat(found.get("items").valueStream().map(i -> i.get("id").asLong())).contains(id);
        assertThat(found.get("items").valueStream().map(i -> i.get("type").asString())).containsOnly("BC");
        JsonNode otherYear = json(officer().http().get("/api/v1/documents?year=" + (year - 5) + "&q=dong khoi"));
        assertThat(otherYear.get("total").asLong()).isZero();
        JsonNode plans = json(officer().http().get("/api/v1/documents?type=KH&q=dong khoi"));
        assertThat(plans.get("total").asLong()).isZero();
        String number = json(officer().http().get("/api/v1/documents/" + id)).get("number").asString();
        JsonNode byNumber = json(officer().http().get("/api/v1/documents?q=" + number));
        assertThat(byNumber.get("items").get(0).get("id").asLong()).isEqualTo(id);
    }
}
