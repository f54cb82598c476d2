package ocop.inspection.internal.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentence shown after seeding a plan (the flash on the plan's page). */
class PlanSeedResultTests {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void aNewPlanIsNamedWithWhatWasAdded() {
        var result = new PlanSeedResult(5, "Kiểm tra sản phẩm có nguy cơ – Quý 4/2026", true,
                List.of(new PlanSeedResult.Added(1, "Chôm chôm Long Khánh", 10, DAY),
                        new PlanSeedResult.Added(2, "Cà phê rang xay Bàu Trâm", 11, DAY)), List.of());
        assertThat(result.summary()).isEqualTo(
                "Đã lập kế hoạch “Kiểm tra sản phẩm có nguy cơ – Quý 4/2026” và thêm 2 sản phẩm.");
    }

    @Test
    void anExistingPlanSaysWhatWasSkippedByName() {
        var result = new PlanSeedResult(5, "Kế hoạch quý 4", false,
                List.of(new PlanSeedResult.Added(1, "Chôm chôm Long Khánh", 10, DAY)),
                List.of(new PlanSeedResult.Skipped(2, "Mật ong hoa cà phê", "Đã có trong kế hoạch."),
                        new PlanSeedResult.Skipped(3, "Giỏ mây đan thủ công", "Đã có trong kế hoạch.")));
        assertThat(result.summary()).isEqualTo("Đã thêm 1 sản phẩm vào kế hoạch “Kế hoạch quý 4”; bỏ qua 2 sản phẩm "
                + "đã có trong kế hoạch: Mật ong hoa cà phê, Giỏ mây đan thủ công.");
    }
}
