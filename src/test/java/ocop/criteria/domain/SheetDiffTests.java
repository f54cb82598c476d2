package ocop.criteria.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.SheetCriterion;
import ocop.criteria.SheetOption;
import ocop.criteria.SheetPart;
import ocop.criteria.SheetSection;
import ocop.criteria.SheetStatus;
import ocop.criteria.TestSheets;
import org.junit.jupiter.api.Test;

class SheetDiffTests {

    @Test
    void theSameSheetUnderAnotherVersionChangesNothing() {
        CriteriaSheet sheet = TestSheets.bundled("QD26-08");
        SheetDiff diff = SheetDiff.between(sheet, sheet.withVersion(2));
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.criteriaChanged()).isZero();
    }

    @Test
    void aNewSheetAddsEveryCriterionAndSubCriterion() {
        assertThat(SheetDiff.of(TestSheets.small()).added()).containsExactly("1.1", "1.2", "1.2.1", "1.2.2", "2.1", "3");
    }

    @Test
    void namesTheChangedCriteriaAndSheetFields() {
        CriteriaSheet before = TestSheets.small();
        SheetPart a = before.parts().get(0);
        SheetSection s1 = a.sections().get(0);
        SheetCriterion c11 = s1.criteria().get(0);
        List<SheetOption> options = new ArrayList<>(c11.options());
        options.set(0, new SheetOption("a", "Nhãn mới", 0, null, null));
        SheetCriterion changed = new SheetCriterion(c11.code(), c11.name(), c11.max(), c11.wardAssessed(),
                c11.wardItem(), c11.notes(), c11.knockOuts(), options, c11.subCriteria());
        SheetSection section = new SheetSection(s1.code(), s1.name(), s1.max(), s1.notes(), s1.knockOuts(),
                List.of(changed, s1.criteria().get(1)));
        List<SheetPart> parts = new ArrayList<>(before.parts());
        parts.set(0, new SheetPart(a.code(), a.name(), a.max(), List.of(section)));
        CriteriaSheet after = new CriteriaSheet(before.code(), 2, before.decision(), "Tên mới", before.header(),
                before.effectiveFrom(), before.effectiveUntil(), SheetStatus.DRAFT, true, before.source(),
                before.classificationVersion(), before.appliesTo(), before.disqualifiedWhen(),
                before.disqualifications(), before.notes(), parts, before.corrections());
        SheetDiff diff = SheetDiff.between(before, after);
        assertThat(diff.changed()).containsExactly("1.1");
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.sheetChanges()).containsExactly("tên", "tình trạng", "đã đối chiếu văn bản ký");
        assertThat(diff.criteriaChanged()).isEqualTo(1);
    }
}
