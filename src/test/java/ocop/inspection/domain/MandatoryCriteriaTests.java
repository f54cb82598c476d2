package ocop.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.SheetCriterion;
import ocop.criteria.SheetOption;
import ocop.criteria.SheetPart;
import ocop.criteria.SheetSection;
import org.junit.jupiter.api.Test;

/** The mandatory criteria of a product at its class: one item per criterion, naming the highest mark reached. */
class MandatoryCriteriaTests {

    private static SheetCriterion criterion(String code, SheetOption... options) {
        return new SheetCriterion(code, "Tiêu chí " + code, 5, false, null, List.of(), List.of(), List.of(options),
                List.of());
    }

    private static SheetOption option(String code, Integer minStar) {
        return new SheetOption(code, "Phương án " + code, 1, minStar, null);
    }

    private static final SheetSection SECTION = new SheetSection("1", "Mục 1", 10, List.of(), List.of(), List.of(
            criterion("1.1", option("a", null), option("b", 3), option("c", 4)),
            criterion("1.2", option("a", null), option("b", null)),
            new SheetCriterion("1.3", "Cha", 5, false, null, List.of(), List.of(), List.of(),
                    List.of(criterion("1.3.1", option("a", 5))))));

    private static final CriteriaSheet SHEET = new CriteriaSheet("T-01", 1, "26/2026/QĐ-TTg", "Thử", null, null,
            null, null, false, null, "QD26-2026", List.of("I.1.a"), null, List.of(), List.of(),
            List.of(new SheetPart("A", "Phần A", 40, List.of(SECTION))), List.of());

    @Test
    void itemsAtTheProductsClass() {
        assertThat(MandatoryCriteria.items(SHEET, 3)).containsExactly(new MandatoryCriteria.GeneratedItem("TC-1.1",
                "1.1. Tiêu chí 1.1", "Yêu cầu tối thiểu 3★: Phương án b", "1.1"));
        assertThat(MandatoryCriteria.items(SHEET, 4)).singleElement()
                .satisfies(i -> assertThat(i.hint()).isEqualTo("Yêu cầu tối thiểu 4★: Phương án c"));
        assertThat(MandatoryCriteria.items(SHEET, 5)).extracting(MandatoryCriteria.GeneratedItem::code)
                .containsExactly("TC-1.1", "TC-1.3.1");
    }
}
