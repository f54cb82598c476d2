package ocop.criteria;

/**
 * Phương án (option): one tick box of a criterion.
 *
 * @param code    {@code a}, {@code b} … in printed order (assigned by the transcription), unique in its criterion
 * @param label   the printed text without the star marks
 * @param points  the points it gives
 * @param minStar 3, 4 or 5 when the option is a minimum requirement ("yêu cầu tối thiểu") for that class and above;
 *                otherwise {@code null}
 * @param variant the case heading ("Trường hợp 1: …") where a criterion offers alternative cases; otherwise null
 */
public record SheetOption(String code, String label, int points, Integer minStar, String variant) {
}
