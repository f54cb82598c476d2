package ocop.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A checklist template's errors are all listed, each with its file and place. */
class ChecklistValidatorTests {

    @Test
    void everyErrorIsListed() {
        ChecklistTemplate bad = new ChecklistTemplate("hk", 0, " ", null, null, List.of(
                new ChecklistTemplate.Section("SX", "Sản xuất", null, List.of(
                        new ChecklistTemplate.Item("SX.1", "Đang sản xuất", null, null),
                        new ChecklistTemplate.Item("SX.1", "", null, "ISO_9999"),
                        new ChecklistTemplate.Item("TC-1", "x", null, null))),
                new ChecklistTemplate.Section("SX", "", null, List.of())));
        List<String> errors = ChecklistValidator.validate(bad, "f.json", Set.of("HACCP"));
        assertThat(errors).containsExactly(
                "f.json: mã mẫu phiếu không hợp lệ: hk",
                "f.json: phiên bản phải từ 1 trở lên",
                "f.json: thiếu tên mẫu phiếu",
                "f.json: thiếu ngày áp dụng (effectiveFrom)",
                "f.json, nhóm SX, mục SX.1: trùng mã mục",
                "f.json, nhóm SX, mục SX.1: thiếu nội dung kiểm tra",
                "f.json, nhóm SX, mục SX.1: hệ thống chất lượng không xác định: ISO_9999",
                "f.json, nhóm SX, mục TC-1: mã mục không được bắt đầu bằng TC-",
                "f.json, nhóm SX: trùng mã nhóm",
                "f.json, nhóm SX: thiếu tên nhóm",
                "f.json, nhóm SX: nhóm không có mục kiểm tra nào",
                "f.json: cần đúng một nhóm tiêu chí bắt buộc sinh từ bộ tiêu chí (generated = CRITERIA_MINIMUMS), có 0");
    }

    @Test
    void aGeneratedSectionHasNoItemsOfItsOwn() {
        ChecklistTemplate t = new ChecklistTemplate("HK", 1, "Phiếu", LocalDate.of(2026, 1, 1), null, List.of(
                new ChecklistTemplate.Section("TC", "Tiêu chí", ChecklistTemplate.CRITERIA_MINIMUMS, List.of(
                        new ChecklistTemplate.Item("X.1", "x", null, null)))));
        assertThat(ChecklistValidator.validate(t, "g.json", Set.of()))
                .containsExactly("g.json, nhóm TC: nhóm sinh tự động từ bộ tiêu chí không được có mục riêng");
    }
}
