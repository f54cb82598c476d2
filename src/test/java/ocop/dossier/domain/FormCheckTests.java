package ocop.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ocop.dossier.DossierKind;
import org.junit.jupiter.api.Test;

/** The form check: required fields, five samples (none for tourism), required and unexpired evidence. */
class FormCheckTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static final FormCatalog FORMS = new FormCatalog(List.of(
            new FormCatalog.Part("II", "Phần II", false, List.of(
                    new FormCatalog.Field("p2.market", "3. Thị trường tiêu thụ", FormCatalog.Type.TEXTAREA, false,
                            Set.of(), Set.of(DossierKind.FIRST, DossierKind.REEVALUATION), List.of()))),
            new FormCatalog.Part("UPG", "Nâng hạng", false, List.of(
                    new FormCatalog.Field("upgrade.changes", "Thay đổi", FormCatalog.Type.TEXTAREA, false,
                            Set.of(DossierKind.UPGRADE), Set.of(DossierKind.UPGRADE), List.of()))),
            new FormCatalog.Part("SMP", "Mẫu", false, List.of(
                    new FormCatalog.Field("samples.count", "Số lượng mẫu sản phẩm", FormCatalog.Type.NUMBER, false,
                            Set.of(), Set.of(DossierKind.FIRST), List.of("VI"))))));

    static final EvidenceChecklist CHECKLIST = new EvidenceChecklist("Minh chứng", "QĐ 26", List.of(
            new EvidenceChecklist.Item("E02", "Giấy chứng nhận cơ sở đủ điều kiện", "", Set.of(DossierKind.FIRST), true,
                    List.of("IV", "V", "VI")),
            new EvidenceChecklist.Item("E05", "Sử dụng lao động địa phương", "", Set.of(DossierKind.FIRST), false,
                    List.of()),
            new EvidenceChecklist.Item("E15", "Giải thưởng", "", Set.of(), false, List.of())));

    private final FormCheck check = new FormCheck(FORMS, CHECKLIST, 5);

    @Test
    void anEmptyFirstDossierLacksItsRequiredFieldsSamplesAndEvidence() {
        var findings = check.check(new FormCheck.Input(DossierKind.FIRST, "I.3.d", Map.of(), List.of()), TODAY);
        assertThat(findings).extracting(FormCheck.Finding::item)
                .containsExactly("p2.market", "samples.count", "E02", "E05");
    }

    @Test
    void aCompleteDossierHasNoFinding() {
        var findings = check.check(new FormCheck.Input(DossierKind.FIRST, "I.3.d",
                Map.of("p2.market", "Chợ", "samples.count", "5"),
                List.of(new FormCheck.Piece("E02", LocalDate.of(2028, 1, 1)), new FormCheck.Piece("E05", null))), TODAY);
        assertThat(findings).isEmpty();
    }

    @Test
    void fewerThanFiveSamplesIsAFinding() {
        var findings = check.check(new FormCheck.Input(DossierKind.FIRST, "I.3.d",
                Map.of("p2.market", "Chợ", "samples.count", "3"),
                List.of(new FormCheck.Piece("E02", null), new FormCheck.Piece("E05", null))), TODAY);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.item()).isEqualTo("samples.count");
            assertThat(f.message()).contains("5 mẫu", "3");
        });
    }

    @Test
    void tourismNeedsNoSamplesNorProductionCertificate() {
        var findings = check.check(new FormCheck.Input(DossierKind.FIRST, "VI.1", Map.of("p2.market", "Du khách"),
                List.of(new FormCheck.Piece("E05", null))), TODAY);
        assertThat(findings).isEmpty();
    }

    @Test
    void anExpiredPaperIsAFindingUntilAValidOneIsAdded() {
        var expired = new FormCheck.Piece("E02", LocalDate.of(2026, 11, 30));
        var input = new FormCheck.Input(DossierKind.FIRST, "I.3.d", Map.of("p2.market", "Chợ", "samples.count", "5"),
                List.of(expired, new FormCheck.Piece("E05", null)));
        assertThat(check.check(input, TODAY)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("hết hạn ngày 30/11/2026"));
        var renewed = new FormCheck.Input(DossierKind.FIRST, "I.3.d", input.fields(),
                List.of(expired, new FormCheck.Piece("E02", LocalDate.of(2029, 1, 1)), new FormCheck.Piece("E05", null)));
        assertThat(check.check(renewed, TODAY)).isEmpty();
    }

    @Test
    void anUpgradeMustSayWhatChanged() {
        var findings = check.check(new FormCheck.Input(DossierKind.UPGRADE, "I.3.d", Map.of(), List.of()), TODAY);
        assertThat(findings).extracting(FormCheck.Finding::item).containsExactly("upgrade.changes");
    }

    @Test
    void groupsMatchByWholeSegments() {
        assertThat(ClassificationGroups.inAny("VI.1", List.of("VI"))).isTrue();
        assertThat(ClassificationGroups.inAny("V.1", List.of("VI"))).isFalse();
        assertThat(ClassificationGroups.inAny("VI", List.of("V"))).isFalse();
        assertThat(ClassificationGroups.isTourism("VI.2")).isTrue();
    }
}
