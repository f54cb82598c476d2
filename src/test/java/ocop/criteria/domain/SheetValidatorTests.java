package ocop.criteria.domain;

import static ocop.criteria.TestSheets.crit;
import static ocop.criteria.TestSheets.opt;
import static ocop.criteria.TestSheets.parent;
import static ocop.criteria.TestSheets.part;
import static ocop.criteria.TestSheets.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ocop.criteria.CriteriaException;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.KnockOut;
import ocop.criteria.SheetCriterion;
import ocop.criteria.SheetStatus;
import ocop.criteria.TestSheets;
import org.junit.jupiter.api.Test;

class SheetValidatorTests {

    @Test
    void theSmallSheetIsValid() {
        assertThat(SheetValidator.validate(TestSheets.small(), TestSheets.LEAVES)).isEmpty();
    }

    @Test
    void everyShippedSheetIsValid() {
        Map<String, Set<String>> leaves = TestSheets.bundled().knownLeaves();
        assertThat(leaves).containsKeys("QD26-2026", "QD148-2023");
        assertThat(TestSheets.bundled().sheets()).hasSize(27)
                .allSatisfy(sheet -> assertThat(SheetValidator.validate(sheet, leaves)).as(sheet.code()).isEmpty());
    }

    @Test
    void oneBrokenSheetListsEveryError() {
        SheetCriterion decreasingStars = new SheetCriterion("1.1", "Tiêu chí 1.1", 20, false, null, List.of("x"),
                List.of(new KnockOut("D1", "trùng mã với điều kiện loại")),
                List.of(opt("a", 0, null), opt("b", 10, 4), opt("c", 20, 3)), List.of());
        SheetCriterion everythingWrong = new SheetCriterion("2.1", " ", 35, true, null, List.of(), List.of(),
                List.of(opt("a", 0, 2), opt("b", 40, null)), List.of(crit("2.1.1", 5, opt("a", 5, null))));
        CriteriaSheet broken = new CriteriaSheet("BROKEN", 0, "Thử", " ", null, LocalDate.of(2026, 1, 1),
                LocalDate.of(2025, 12, 31), SheetStatus.DRAFT, false, null, "TEST-1", List.of("X.1", "X.9"), null,
                List.of(new KnockOut("D1", "Giả mạo hồ sơ")), List.of(),
                List.of(part("A", 40, section("1", 40, decreasingStars,
                                parent("1.2", 15, crit("1.2.1", 10, opt("a", 0, null), opt("b", 10, null)),
                                        crit("1.2.2", 10, opt("a", 0, null), opt("b", 10, null))))),
                        part("B", 30, section("2", 25, crit("2.1", 25, opt("a", 0, null), opt("a", 25, null)))),
                        part("C", 35, section("2", 35, everythingWrong))),
                List.of());

        List<String> errors = SheetValidator.validate(broken, TestSheets.LEAVES);

        assertThat(String.join("\n", errors)).contains(
                "phiên bản (version) phải từ 1, đang là 0",
                "thiếu tên bộ tiêu chí",
                "effectiveUntil 2025-12-31 trước effectiveFrom 2026-01-01",
                "phân nhóm không có trong phân loại TEST-1: X.9",
                "trùng mã điều kiện loại D1",
                "minStar 3 nhỏ hơn dấu sao 4",
                "tổng điểm các tiêu chí con là 20, khác điểm tối đa 15",
                "BROKEN / A / 1: tổng điểm các tiêu chí là 35, khác điểm tối đa của mục 40",
                "điểm tối đa của phần B phải là 25, đang là 30",
                "BROKEN / B: tổng điểm các mục là 25, khác điểm tối đa của phần 30",
                "trùng mã phương án a",
                "trùng mã mục 2",
                "trùng mã tiêu chí 2.1",
                "BROKEN / C / 2 / 2.1: thiếu tên",
                "wardItem phải từ 1 đến 4 khi và chỉ khi wardAssessed",
                "tiêu chí phải có hoặc phương án, hoặc tiêu chí con",
                "điểm 40 ngoài khoảng 0–35",
                "minStar phải là 3, 4, 5 hoặc null, đang là 2",
                "phương án cao nhất được 40 điểm, khác điểm tối đa 35",
                "tổng điểm tối đa của phiếu là 105, phải là 100");
        assertThatThrownBy(() -> SheetValidator.check(broken, TestSheets.LEAVES))
                .isInstanceOfSatisfying(CriteriaException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_SHEET");
                    assertThat(e.field()).isEqualTo("BROKEN");
                    assertThat(e.errors()).isEqualTo(errors);
                    assertThat(e.getMessage()).contains(errors.size() + " lỗi", "X.9", "105");
                });
    }

    @Test
    void partsMustBeABCAndTheClassificationKnown() {
        CriteriaSheet small = TestSheets.small();
        CriteriaSheet reordered = new CriteriaSheet(small.code(), 1, small.decision(), small.name(), null,
                small.effectiveFrom(), null, SheetStatus.OFFICIAL, false, small.source(), "QD99", List.of("X.1"),
                null, List.of(), List.of(), List.of(small.parts().get(0), small.parts().get(2), small.parts().get(1)),
                List.of());
        assertThat(String.join("\n", SheetValidator.validate(reordered, TestSheets.LEAVES))).contains(
                "phải có đúng 3 phần A, B, C theo thứ tự, đang có [A, C, B]",
                "phiên bản phân loại không biết (classificationVersion): QD99");
    }

    @Test
    void missingListsAreErrorsNotCrashes() {
        CriteriaSheet empty = new CriteriaSheet(null, 1, null, null, null, null, null, null, false, null, null, null,
                null, null, null, null, null);
        assertThat(SheetValidator.validate(empty, TestSheets.LEAVES)).isNotEmpty()
                .anySatisfy(e -> assertThat(e).contains("thiếu mã bộ tiêu chí"))
                .anySatisfy(e -> assertThat(e).contains("parts: thiếu danh sách"));
    }
}
