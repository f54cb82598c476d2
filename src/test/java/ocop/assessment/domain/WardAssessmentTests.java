package ocop.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import ocop.dossier.DossierStatus;
import ocop.dossier.WardItem;
import ocop.system.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The four items: configurable conclusions, what the report still lacks, when the ward may write. */
class WardAssessmentTests {

    private final Conclusions conclusions = Conclusions.defaults();

    @Test
    void theDefaultConclusionsAndAConfiguredSet() {
        assertThat(conclusions.options()).extracting(Conclusions.Option::label)
                .containsExactly("Đạt", "Chưa đạt", "Có ý kiến khác");
        Conclusions custom = Conclusions.parse("XAC_NHAN:Xác nhận, KHONG:Không xác nhận");
        assertThat(custom.label("XAC_NHAN")).isEqualTo("Xác nhận");
        assertThat(custom.label("CU")).isEqualTo("CU");
        assertThatThrownBy(() -> Conclusions.parse("SAI")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void completeOnlyWithFindingsAndAConclusionOnEachItem() {
        WardAssessment a = new WardAssessment(1, List.of());
        assertThat(a.missingForReport()).hasSize(8);
        a.update(List.of(new ItemFinding(WardItem.RAW_MATERIALS, "  Nguyên   liệu tại chỗ ", null, "DAT")), conclusions);
        assertThat(a.item(WardItem.RAW_MATERIALS).findings()).isEqualTo("Nguyên liệu tại chỗ");
        assertThat(a.missingForReport()).extracting(ocop.system.FieldError::field)
                .doesNotContain("items[0].findings", "items[0].conclusion").contains("items[3].conclusion");
        for (WardItem item : WardItem.values()) {
            a.update(List.of(new ItemFinding(item, "Nhận xét", "Minh chứng", "CHUA_DAT")), conclusions);
        }
        assertThat(a.complete()).isTrue();
    }

    @Test
    void namesEveryBadField() {
        WardAssessment a = new WardAssessment(1, List.of());
        assertThatThrownBy(() -> a.update(List.of(new ItemFinding(WardItem.LOCAL_LABOUR, "x".repeat(10_001), null, "5"),
                new ItemFinding(null, null, null, null)), conclusions))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(ocop.system.FieldError::field)
                        .containsExactlyInAnyOrder("items[0].findings", "items[0].conclusion", "items[1].item"));
    }

    @Test
    void theWardWritesOnlyWhileAssessing() {
        assertThat(WardAssessment.editableIn(DossierStatus.WARD_ASSESSMENT)).isTrue();
        assertThat(WardAssessment.editableIn(DossierStatus.SUBMITTED)).isFalse();
        assertThat(WardAssessment.editableIn(DossierStatus.REPORT_ISSUED)).isFalse();
    }
}
