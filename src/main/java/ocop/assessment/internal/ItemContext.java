package ocop.assessment.internal;

import java.util.List;
import ocop.dossier.WardItem;

/**
 * What the producer says about one of the four items (mô tả và tự đánh giá của chủ thể), shown beside the officer's
 * findings: its own description (from the registry and its Mẫu 02), and the criteria of its sheet that fall under the
 * item with the option it ticked, the points and its evidence note where the self-assessment is readable.
 */
public record ItemContext(WardItem item, String producerDescription, List<Criterion> criteria) {

    /** A sheet criterion under the item ({@code wardItem}) and the producer's self-score on it. */
    public record Criterion(String code, String name, int max, String chosen, Integer points, String note) {

        /** "1.1 Nguồn nguyên liệu: 3/5 điểm (≥ 75% …)" or "1.1 Nguồn nguyên liệu (tối đa 5 điểm)". */
        public String line() {
            if (points == null) {
                return code + " " + name + " (tối đa " + max + " điểm)";
            }
            return code + " " + name + ": " + points + "/" + max + " điểm" + (chosen == null ? "" : " (" + chosen + ")")
                    + (note == null || note.isBlank() ? "" : "; " + note);
        }
    }

    /** The self-score in one sentence for Mẫu 03, or null when nothing was scored. */
    public String selfAssessmentText() {
        List<String> scored = criteria.stream().filter(c -> c.points() != null).map(Criterion::line).toList();
        return scored.isEmpty() ? null : String.join("; ", scored);
    }
}
