package ocop.documents;

import static ocop.documents.DocumentsHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import ocop.access.AuditEntry;
import ocop.access.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Hủy dự thảo over the API: who may discard (officer, leader; not a producer, not another ward, not a ward unit),
 * only a draft, with a reason and the version read; audited; out of the default register, in its "Đã hủy" filter.
 */
@OcopIntegrationTest
class DocumentDiscardTests {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    DocumentsHttp as(String user) {
        return new DocumentsHttp(port, user);
    }

    ResponseEntity<String> discard(String user, long id, String body) {
        return as(user).http().post("/api/v1/documents/" + id + "/discard", body);
    }

    static String body(String reason, Integer version) {
        return "{" + (reason == null ? "" : "\"reason\": \"" + reason + "\"")
                + (version == null ? "" : (reason == null ? "" : ", ") + "\"version\": " + version) + "}";
    }

    @Test
    void theOfficerDiscardsADraftWithAReasonAndItIsAudited() {
        long id = as("canbo").draftId(DocumentsHttp.reportJson("Dự thảo soạn nhầm sẽ hủy"));
        var discarded = discard("canbo", id, body("Soạn nhầm danh sách sản phẩm", 0));
        assertThat(discarded.getStatusCode().value()).as(discarded.getBody()).isEqualTo(200);
        JsonNode doc = json(discarded);
        assertThat(doc.get("status").asString()).isEqualTo("DISCARDED");
        assertThat(doc.get("number").isNull()).isTrue();
        assertThat(doc.get("discard").get("reason").asString()).isEqualTo("Soạn nhầm danh sách sản phẩm");
        assertThat(doc.get("discard").get("by").asString()).isEqualTo("canbo");
        assertThat(doc.get("version").asInt()).isEqualTo(1);

        AuditEntry last = audit.history("document", id).stream()
                .max(java.util.Comparator.comparingLong(AuditEntry::id)).orElseThrow();
        assertThat(last.actor()).isEqualTo("canbo");
        assertThat(last.action()).isEqualTo("UPDATE");
        assertThat(last.beforeJson()).contains("\"DRAFT\"");
        assertThat(last.afterJson()).contains("\"DISCARDED\"", "Soạn nhầm danh sách sản phẩm");

        // discarded for good: neither revised, issued, discarded again, nor changed in the database
        var revise = as("canbo").http().put("/api/v1/documents/" + id, DocumentsHttp.reportJson("Sửa sau khi hủy"));
        assertThat(revise.getStatusCode().value()).isEqualTo(409);
        var issue = as("lanhdao").issue(id);
        assertThat(issue.getStatusCode().value()).isEqualTo(409);
        assertThat(json(issue).get("detail").asString()).contains("đã bị hủy");
        assertThat(discard("canbo", id, body("Lần nữa", 1)).getStatusCode().value()).isEqualTo(409);
        assertThatThrownBy(() -> jdbc.sql("UPDATE documents.document SET status = 'DRAFT' WHERE id = :id")
                .param("id", id).update()).hasMessageContaining("never changes");
        assertThatThrownBy(() -> jdbc.sql("UPDATE documents.document SET discard_reason = 'x' WHERE id = :id")
                .param("id", id).update()).hasMessageContaining("never changes");
        assertThat(as("canbo").bytes("/api/v1/documents/" + id + "/pdf").getStatusCode().value())
                .as("still readable, rendered as the draft it was").isEqualTo(200);
    }

    @Test
    void theLeaderMayDiscardButAnIssuedDocumentIsAConflict() {
        long draft = as("canbo").draftId(DocumentsHttp.reportJson("Dự thảo lãnh đạo cho hủy"));
        assertThat(discard("lanhdao", draft, body("Không cần ban hành", 0)).getStatusCode().value()).isEqualTo(200);

        long issued = as("canbo").draftId(DocumentsHttp.reportJson("Báo cáo đã ban hành không hủy được"));
        assertThat(as("lanhdao").issue(issued).getStatusCode().value()).isEqualTo(200);
        var refused = discard("canbo", issued, body("Muốn hủy", 1));
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(TestHttp.isProblem(refused)).isTrue();
        assertThat(json(refused).get("detail").asString()).contains("văn bản thay thế");
        assertThat(json(as("canbo").http().get("/api/v1/documents/" + issued)).get("status").asString())
                .isEqualTo("ISSUED");
    }

    @Test
    void aStaleVersionIsAConflictAndTheDraftStays() {
        long id = as("canbo").draftId(DocumentsHttp.reportJson("Dự thảo đã sửa trước khi hủy"));
        String v0 = DocumentsHttp.reportJson("Dự thảo đã sửa lần 2").replaceFirst("\\{", "{\"version\": 0, ");
        assertThat(as("canbo").http().put("/api/v1/documents/" + id, v0).getStatusCode().value()).isEqualTo(200);
        var stale = discard("canbo", id, body("Hủy theo bản cũ", 0));
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(DocumentsHttp.errorFields(stale)).containsExactly("version");
        assertThat(json(as("canbo").http().get("/api/v1/documents/" + id)).get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void theReasonAndTheVersionAreRequiredAndNamed() {
        long id = as("canbo").draftId(DocumentsHttp.reportJson("Dự thảo hủy thiếu lý do"));
        for (String bad : List.of(body(null, 0), body("   ", 0))) {
            var r = discard("canbo", id, bad);
            assertThat(r.getStatusCode().value()).isEqualTo(400);
            assertThat(TestHttp.isProblem(r)).isTrue();
            assertThat(DocumentsHttp.errorFields(r)).containsExactly("reason");
        }
        var noVersion = discard("canbo", id, body("Có lý do", null));
        assertThat(noVersion.getStatusCode().value()).isEqualTo(400);
        assertThat(DocumentsHttp.errorFields(noVersion)).containsExactly("version");
        assertThat(json(as("canbo").http().get("/api/v1/documents/" + id)).get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void producersOtherWardsAndOtherUnitsMayNotDiscard() {
        long id = as("canbo").draftId(DocumentsHttp.reportJson("Dự thảo người ngoài không hủy được"));
        var producer = discard("hoangduy", id, body("Chủ thể hủy", 0));
        assertThat(producer.getStatusCode().value()).isEqualTo(403);
        assertThat(TestHttp.isProblem(producer)).isTrue();
        var otherWard = discard("canbobv", id, body("Phường khác hủy", 0));
        assertThat(otherWard.getStatusCode().value()).isEqualTo(404);
        assertThat(TestHttp.isProblem(otherWard)).isTrue();
        assertThat(discard("vanhoa", id, body("Đơn vị khác hủy", 0)).getStatusCode().value()).isEqualTo(403);
        assertThat(discard("tinh", id, body("Tỉnh hủy", 0)).getStatusCode().value()).isEqualTo(403);
        assertThat(json(as("canbo").http().get("/api/v1/documents/" + id)).get("status").asString()).isEqualTo("DRAFT");
        assertThat(audit.history("document", id)).hasSize(1);
    }

    @Test
    void theRegisterLeavesDiscardedDraftsOutUnlessAskedFor() {
        long kept = as("canbo").draftId(DocumentsHttp.reportJson("Sổ lọc Đồng Xoài còn giữ"));
        long thrown = as("canbo").draftId(DocumentsHttp.reportJson("Sổ lọc Đồng Xoài bị hủy"));
        assertThat(discard("canbo", thrown, body("Trùng dự thảo khác", 0)).getStatusCode().value()).isEqualTo(200);
        assertThat(ids("/api/v1/documents?q=so loc dong xoai")).containsExactly(kept);
        assertThat(ids("/api/v1/documents?q=so loc dong xoai&status=DISCARDED")).containsExactly(thrown);
        assertThat(ids("/api/v1/documents?q=so loc dong xoai&status=DRAFT")).containsExactly(kept);
    }

    List<Long> ids(String path) {
        return json(as("canbo").http().get(path)).get("items").valueStream().map(i -> i.get("id").asLong()).toList();
    }
}
