package ocop.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import ocop.OcopIntegrationTest;
import ocop.system.ForbiddenException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * {@link DocumentsApi} as another module calls it: drafts from structured content (sub-sections, bullets, a table),
 * issuing publishes {@link DocumentIssued} with the number as printed, discarding publishes {@link DocumentDiscarded}.
 */
@OcopIntegrationTest
@RecordApplicationEvents
class DocumentsApiEventsTests {

    @Autowired
    DocumentsApi documents;

    @Autowired
    ApplicationEvents events;

    @LocalServerPort
    int port;

    @Test
    @WithUserDetails("canbo")
    void anOfficerDraftsStructuredContentButMayNotIssue() {
        DocumentView draft = documents.createDraft(DocumentDraft.of(DocumentType.KH, "Kế hoạch thực hiện OCOP năm 2027",
                List.of("Các chủ thể OCOP trên địa bàn phường"), List.of(
                        Section.of("Mục đích, yêu cầu", List.of(Section.of("Mục đích", "Phát triển sản phẩm."),
                                Section.of("Yêu cầu", "Đúng quy trình."))),
                        new Section("Chỉ tiêu", null, List.of("Tối thiểu 03 sản phẩm mới"),
                                DocumentTable.of(List.of("Chỉ tiêu", "Số lượng"), List.of(List.of("Sản phẩm 3 sao", "03"))),
                                null))));
        assertThat(draft.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(draft.content().sections().get(1).table().rows()).hasSize(1);
        assertThat(documents.docx(draft.id()).fileName()).isEqualTo("du-thao-" + draft.id() + ".docx");
        assertThatThrownBy(() -> documents.issue(draft.id())).isInstanceOf(ForbiddenException.class);
        assertThat(events.stream(DocumentIssued.class)).isEmpty();
    }

    @Test
    @WithUserDetails("lanhdao")
    void issuingPublishesDocumentIssued() {
        long id = new DocumentsHttp(port, "canbo").draftId(DocumentsHttp.reportJson("Báo cáo phát sự kiện"));
        IssuedDocument issued = documents.issue(id);
        List<DocumentIssued> published = events.stream(DocumentIssued.class).toList();
        assertThat(published).containsExactly(new DocumentIssued(id, "26080", DocumentType.BC, issued.number(),
                LocalDate.now()));
        assertThat(documents.get(id).number()).isEqualTo(issued.number());
        assertThat(documents.pdf(id).sha256()).isEqualTo(issued.pdfSha256());
    }

    @Test
    @WithUserDetails("canbo")
    void discardingPublishesDocumentDiscardedWithTheReason() {
        DocumentView draft = documents.createDraft(DocumentDraft.of(DocumentType.GM, "Giấy mời họp sẽ hủy",
                List.of("Các đơn vị"), List.of(Section.of(null, "Kính mời dự họp."))));
        DocumentView discarded = documents.discard(draft.id(), "  Đổi lịch họp  ", draft.version());
        assertThat(discarded.discarded()).isTrue();
        assertThat(events.stream(DocumentDiscarded.class).toList())
                .containsExactly(new DocumentDiscarded(draft.id(), "26080", DocumentType.GM, "Đổi lịch họp"));
        assertThat(events.stream(DocumentIssued.class)).isEmpty();
    }
}
