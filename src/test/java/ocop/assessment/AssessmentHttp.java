package ocop.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import ocop.TestHttp;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test fixture over real HTTP: a fresh producer and product (group V, so E01, E03, E05 and samples are what the form
 * check asks), a FIRST dossier with Mẫu 02 filled and evidence uploaded, submitted and taken into assessment by the
 * ward officer — through the dossier module's own API, as people do it.
 */
public final class AssessmentHttp {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final int port;

    public AssessmentHttp(int port) {
        this.port = port;
    }

    public TestHttp as(String user) {
        return TestHttp.as(port, user, "demo");
    }

    /** A dossier in WARD_ASSESSMENT for a new product; returns its id. */
    public long dossierInAssessment(String productName) {
        long id = submittedDossier(productName);
        ok(as("canbo").post("/api/v1/dossiers/" + id + "/start-assessment", "{}"), 200);
        return id;
    }

    /** A dossier just received by the ward (SUBMITTED); returns its id. */
    public long submittedDossier(String productName) {
        return submittedDossier(productName, null);
    }

    /** As {@link #submittedDossier(String)}, for an existing product when {@code productId} is given. */
    public long submittedDossier(String productName, Long productId) {
        TestHttp canbo = as("canbo");
        long product = productId != null ? productId : newProduct(productName);
        JsonNode dossier = json(ok(canbo.post("/api/v1/dossiers", """
                {"productId":%d,"kind":"FIRST"}""".formatted(product)), 201));
        fillAndSubmit(canbo, dossier);
        return dossier.get("id").asLong();
    }

    /** A new producer (TRANG_TRAI) and its product in group V.1 (hoa); returns the product's id. */
    public long newProduct(String productName) {
        TestHttp canbo = as("canbo");
        int n = SEQ.incrementAndGet();
        String personalId = "0750850" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000));
        JsonNode producer = json(ok(canbo.post("/api/v1/producers", """
                {"type":"TRANG_TRAI","name":"Trang trại Thử nghiệm %d (minh họa)","personalId":"%s",
                 "representativeName":"Nguyễn Văn Thử","representativeGender":"MALE","representativeEthnicity":"Kinh",
                 "representativeAddress":"Khu phố 3, phường Long Khánh","street":"12 đường Thử Nghiệm",
                 "workforceTotal":8,"workforceLocal":7,"workforceWomen":4}""".formatted(n, personalId)), 201));
        return json(ok(canbo.post("/api/v1/products", """
                {"producerId":%d,"name":"%s","classificationCode":"V.1","status":"IN_PROGRAMME",
                 "description":"Lan hồ điệp trồng chậu theo kinh nghiệm của hộ trong phường.",
                 "rawMaterials":"Cây giống lan","rawMaterialOrigin":"Vườn ươm trong phường"}"""
                .formatted(producer.get("id").asLong(), productName)), 201)).get("id").asLong();
    }

    private void fillAndSubmit(TestHttp canbo, JsonNode dossier) {
        long id = dossier.get("id").asLong();
        ok(canbo.put("/api/v1/dossiers/" + id + "/forms", """
                {"version":%d,"fields":{"p1.productSpec":"Chậu lan 3 cành","p1.history":"Trồng lan từ năm 2015",
                 "p2.rawMaterialsTechnology":"Giống nuôi cấy mô","p2.market":"Chợ hoa Long Khánh",
                 "p2.revenueProfit":"500 triệu đồng mỗi năm","p4.plan":"Mở rộng nhà lưới","samples.count":"5"}}"""
                .formatted(dossier.get("version").asInt())), 200);
        for (String item : new String[] {"E01", "E03", "E05"}) {
            upload(id, item, "Minh chứng " + item + " bản chụp.pdf");
        }
        ok(canbo.post("/api/v1/dossiers/" + id + "/submit", "{}"), 200);
    }

    public void upload(long dossierId, String itemCode, String fileName) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(pdf("Minh chứng " + itemCode)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        parts.add("itemCode", itemCode);
        parts.add("number", "01/" + itemCode);
        ResponseEntity<String> r = client("canbo").post().uri("/api/v1/dossiers/" + dossierId + "/evidence")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve()
                .onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
        ok(r, 201);
    }

    /** The four items assessed by canbo, each concluded DAT; returns the assessment's JSON. */
    public JsonNode assessAllFour(long dossierId) {
        JsonNode current = json(ok(as("canbo").get("/api/v1/dossiers/" + dossierId + "/assessment"), 200));
        return json(ok(as("canbo").put("/api/v1/dossiers/" + dossierId + "/assessment", """
                {"version":%d,"items":[
                 {"item":"RAW_MATERIALS","findings":"Nguyên liệu giống lan mua tại vườn ươm trong phường",
                  "evidenceNote":"Hợp đồng mua giống","conclusion":"DAT"},
                 {"item":"LOCAL_LABOUR","findings":"7/8 lao động cư trú tại phường","conclusion":"DAT"},
                 {"item":"IDEA_ORIGIN","findings":"Ý tưởng của hộ, sản phẩm mới của địa phương","conclusion":"DAT"},
                 {"item":"LOCAL_IDENTITY","findings":"Kinh nghiệm trồng lan của cộng đồng Xuân An",
                  "conclusion":"Y_KIEN_KHAC"}]}""".formatted(current.get("version").asInt())), 200));
    }

    public RestClient client(String user) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth(user, "demo")).build();
    }

    public ResponseEntity<byte[]> bytes(String user, String path) {
        return client(user).get().uri(path).retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(byte[].class);
    }

    public static JsonNode json(ResponseEntity<String> r) {
        return JSON.readTree(r.getBody());
    }

    public static ResponseEntity<String> ok(ResponseEntity<String> r, int status) {
        if (r.getStatusCode().value() != status) {
            throw new AssertionError("expected " + status + " but got " + r.getStatusCode() + ": " + r.getBody());
        }
        return r;
    }

    /** The text of a PDF, whitespace collapsed (wraps insert newlines). */
    public static String pdfText(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pdf(String title) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.getDocumentInformation().setTitle(title);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
