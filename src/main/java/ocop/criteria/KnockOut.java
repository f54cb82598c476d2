package ocop.criteria;

/**
 * Điều kiện loại (knock-out or disqualification condition): a "Hồ sơ bị loại khi" condition of the sheet
 * ({@code D1}, {@code D2} …) or a knock-out note printed under a criterion or section ({@code 1.1-KO}). When the
 * evaluator declares it applies, the evaluation stops with this reason.
 *
 * @param code unique within the sheet
 * @param text the decision's words
 */
public record KnockOut(String code, String text) {
}
