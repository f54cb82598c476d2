package ocop.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import ocop.documents.DocumentContent;
import ocop.documents.DocumentStatus;
import ocop.documents.DocumentType;
import ocop.system.ConflictException;
import org.junit.jupiter.api.Test;

/** Draft → issued → replaced, or draft → discarded; an issued or discarded document never changes. */
class OutgoingDocumentTests {

    static final IssuingBody BODY = OutgoingRegisterTests.body(NumberingMode.SHARED);
    static final DocumentContent CONTENT = new DocumentContent(DocumentType.BC, "Báo cáo quý I", List.of(), null,
            List.of("Nội dung."), null, null, null);

    @Test
    void aDraftIsRevisedThenIssuedWithANumberAndADate() {
        OutgoingDocument doc = OutgoingDocument.draft("26080", CONTENT, null, null);
        assertThat(doc.number()).isNull();
        doc.revise(new DocumentContent(DocumentType.BC, "Báo cáo quý II", List.of(), null, List.of("Mới."), null, null,
                null), 3L);
        DocumentNumber n = doc.issue(BODY, LocalDate.of(2026, 4, 6), key -> 5);
        assertThat(n.text()).isEqualTo("05/BC-UBND");
        assertThat(doc.status()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(doc.issuedOn()).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(doc.content().subject()).isEqualTo("Báo cáo quý II");
        assertThat(doc.signerId()).isEqualTo(3L);
    }

    @Test
    void anIssuedDocumentNeverChangesAndIsNeverIssuedTwiceNorNumberedAgain() {
        OutgoingDocument doc = OutgoingDocument.draft("26080", CONTENT, null, null);
        doc.issue(BODY, LocalDate.of(2026, 4, 6), key -> 5);
        int[] drawn = {0};
        assertThatThrownBy(() -> doc.revise(CONTENT, null)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("05/BC-UBND");
        assertThatThrownBy(() -> doc.issue(BODY, LocalDate.of(2026, 4, 7), key -> ++drawn[0]))
                .isInstanceOf(ConflictException.class);
        assertThat(drawn[0]).as("a refused issue draws no number").isZero();
        assertThat(doc.number().text()).isEqualTo("05/BC-UBND");
    }

    @Test
    void onlyAnIssuedDocumentIsReplacedOnceAndOnlyWithinItsBody() {
        OutgoingDocument draft = OutgoingDocument.draft("26080", CONTENT, null, null);
        assertThatThrownBy(() -> draft.replaceBy(9)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> OutgoingDocument.checkReplaceable(draft, "26080")).isInstanceOf(ConflictException.class);
        OutgoingDocument issued = OutgoingDocument.restore(7, "26080", CONTENT, null, null, DocumentStatus.ISSUED,
                new DocumentNumber(3, "BC-UBND"), LocalDate.of(2026, 3, 1), null);
        assertThatThrownBy(() -> OutgoingDocument.checkReplaceable(issued, "26098")).isInstanceOf(ConflictException.class);
        OutgoingDocument.checkReplaceable(issued, "26080");
        issued.replaceBy(9);
        assertThat(issued.status()).isEqualTo(DocumentStatus.REPLACED);
        assertThat(issued.replacedById()).isEqualTo(9);
        assertThatThrownBy(() -> issued.replaceBy(10)).isInstanceOf(ConflictException.class);
    }

    @Test
    void theTypeOfADraftIsFixed() {
        OutgoingDocument doc = OutgoingDocument.draft("26080", CONTENT, null, null);
        assertThatThrownBy(() -> doc.revise(new DocumentContent(DocumentType.KH, "Kế hoạch", List.of(), null,
                List.of("x"), null, null, null), null)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aDraftIsDiscardedOnceAndThenNeitherRevisedNorIssuedNorNumbered() {
        OutgoingDocument doc = OutgoingDocument.draft("26080", CONTENT, null, null);
        doc.discard();
        assertThat(doc.status()).isEqualTo(DocumentStatus.DISCARDED);
        int[] drawn = {0};
        assertThatThrownBy(() -> doc.issue(BODY, LocalDate.of(2026, 4, 7), key -> ++drawn[0]))
                .isInstanceOf(ConflictException.class).hasMessageContaining("đã bị hủy");
        assertThat(drawn[0]).as("a discarded draft draws no number").isZero();
        assertThatThrownBy(() -> doc.revise(CONTENT, null)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("đã bị hủy");
        assertThatThrownBy(doc::discard).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> OutgoingDocument.checkReplaceable(doc, "26080")).isInstanceOf(ConflictException.class);
        assertThat(doc.number()).isNull();
    }

    @Test
    void anIssuedDocumentIsNotDiscarded() {
        OutgoingDocument doc = OutgoingDocument.draft("26080", CONTENT, null, null);
        doc.issue(BODY, LocalDate.of(2026, 4, 6), key -> 5);
        assertThatThrownBy(doc::discard).isInstanceOf(ConflictException.class).hasMessageContaining("05/BC-UBND");
        assertThat(doc.status()).isEqualTo(DocumentStatus.ISSUED);
    }
}
