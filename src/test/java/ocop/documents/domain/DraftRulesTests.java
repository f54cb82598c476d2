package ocop.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.text.Normalizer;
import java.util.List;
import ocop.documents.DocumentContent;
import ocop.documents.DocumentDraft;
import ocop.documents.DocumentType;
import ocop.documents.Section;
import ocop.system.FieldError;
import ocop.system.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Checks on a draft and on the reason it is discarded: each field in error named, NFC text, blank items dropped. */
class DraftRulesTests {

    @Test
    void namesEveryFieldInError() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> DraftRules.validate(
                DocumentDraft.of(null, " ", List.of(), List.of())));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("type", "subject", "sections");
    }

    @Test
    void proposalsAndCongVanNeedKinhGui() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> DraftRules.validate(
                DocumentDraft.of(DocumentType.TTr, "Đề nghị", List.of(" "), List.of(Section.of("A", "B")))));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("recipients");
    }

    @Test
    void headingsGoAtMostThreeDeep() {
        Section fourDeep = Section.of("I", List.of(Section.of("1", List.of(Section.of("a", List.of(Section.of("x", "y")))))));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> DraftRules.validate(
                DocumentDraft.of(DocumentType.KH, "Kế hoạch", List.of(), List.of(fourDeep))));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("sections[0].sections[0].sections[0].sections[0].heading");
    }

    @Test
    void normalisesToNfcAndDropsBlankItems() {
        String nfd = Normalizer.normalize("Kết quả thực hiện", Normalizer.Form.NFD);
        DocumentContent c = DraftRules.validate(DocumentDraft.of(DocumentType.BC, "  " + nfd + "  ",
                List.of("", nfd), List.of(Section.of(nfd, nfd, "  "), Section.of(" "))));
        assertThat(c.subject()).isEqualTo("Kết quả thực hiện").isNotEqualTo(nfd);
        assertThat(c.recipients()).containsExactly("Kết quả thực hiện");
        assertThat(c.sections()).hasSize(1);
        assertThat(c.sections().get(0).heading()).isEqualTo("Kết quả thực hiện");
        assertThat(c.sections().get(0).paragraphs()).containsExactly("Kết quả thực hiện");
    }

    @Test
    void aDiscardReasonIsRequiredNfcAndBounded() {
        for (String blank : new String[] {null, "", "   \n "}) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> DraftRules.discardReason(blank));
            assertThat(e.errors()).extracting(FieldError::field).containsExactly("reason");
        }
        InvalidInputException tooLong = catchThrowableOfType(InvalidInputException.class,
                () -> DraftRules.discardReason("x".repeat(DraftRules.MAX_DISCARD_REASON + 1)));
        assertThat(tooLong.errors()).extracting(FieldError::field).containsExactly("reason");
        String nfd = Normalizer.normalize("Soạn nhầm sản phẩm", Normalizer.Form.NFD);
        assertThat(DraftRules.discardReason("  " + nfd + " ")).isEqualTo("Soạn nhầm sản phẩm");
    }
}
