package ocop.inspection.candidates;

import java.time.LocalDate;
import ocop.inspection.CandidateKind;

/**
 * Đưa danh sách rà soát vào kế hoạch kiểm tra (seeding a plan from a candidate list): the title a new plan is offered
 * with, the period of a plan (a quarter, or the whole year when the quarter is empty) and the day an item is planned
 * on when none is typed — today when the period is running, else the period's first day when it lies ahead, else its
 * last day (a plan of a past period is being completed after the fact). The plan item rules still check every day.
 */
public final class PlanSeedRule {

    private PlanSeedRule() {
    }

    /** The quarter of a day, 1–4. */
    public static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    /** E.g. "Kiểm tra sản phẩm có nguy cơ – Quý 4/2026", or "… – Năm 2027" for a whole year. */
    public static String title(CandidateKind kind, int year, Integer quarter) {
        String what = switch (kind) {
            case READY -> "Kiểm tra sản phẩm sẵn sàng đánh giá";
            case UPGRADE -> "Kiểm tra sản phẩm có thể nâng hạng";
            case AT_RISK -> "Kiểm tra sản phẩm có nguy cơ";
        };
        return what + " – " + (quarter == null ? "Năm " + year : "Quý " + quarter + "/" + year);
    }

    public static LocalDate firstDay(int year, Integer quarter) {
        return quarter == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public static LocalDate lastDay(int year, Integer quarter) {
        LocalDate first = firstDay(year, quarter);
        return (quarter == null ? first.plusYears(1) : first.plusMonths(3)).minusDays(1);
    }

    /** Whether a day lies in the plan's period. */
    public static boolean within(LocalDate day, int year, Integer quarter) {
        return !day.isBefore(firstDay(year, quarter)) && !day.isAfter(lastDay(year, quarter));
    }

    /** The day an item is planned on when none is typed. */
    public static LocalDate plannedDay(int year, Integer quarter, LocalDate today) {
        if (within(today, year, quarter)) {
            return today;
        }
        LocalDate first = firstDay(year, quarter);
        return today.isBefore(first) ? first : lastDay(year, quarter);
    }
}
