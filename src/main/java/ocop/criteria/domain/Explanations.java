package ocop.criteria.domain;

import java.util.List;
import java.util.stream.Collectors;
import ocop.criteria.Evaluation.Disqualification;
import ocop.criteria.Evaluation.UnmetRequirement;
import ocop.criteria.Recognition;

/** Lời giải thích kết quả (the one-paragraph Vietnamese explanation of an evaluation). */
final class Explanations {

    private Explanations() {
    }

    static String of(int total, int band, int stars, List<UnmetRequirement> heldBackBy, List<String> incomplete,
            Disqualification disqualification, MinimumRequirementPolicy policy) {
        StringBuilder text = new StringBuilder();
        if (disqualification != null) {
            text.append("Bị loại (").append(disqualification.code()).append(disqualification.item() == null ? ""
                    : ", " + disqualification.item()).append("): ").append(disqualification.text())
                    .append(". Không xếp hạng, không đánh giá tiếp.");
            return text.toString();
        }
        text.append("Tổng điểm ").append(total).append("/100 thuộc khoảng ").append(band).append("★");
        if (stars == band) {
            text.append(", đạt mọi yêu cầu tối thiểu của hạng này: ").append(band).append("★");
        } else {
            text.append(" nhưng chưa đạt yêu cầu tối thiểu: ").append(heldBackBy.stream()
                    .map(Explanations::requirement).collect(Collectors.joining("; ")));
            text.append(stars == 0 ? ". Theo cách áp dụng " + policy + ", không xếp hạng"
                    : ". Xếp hạng cao nhất đạt đủ yêu cầu: " + stars + "★");
        }
        Recognition by = StarBands.recognisedBy(stars);
        text.append(by == Recognition.NONE ? ", không đủ điều kiện công nhận."
                : ", đủ điều kiện công nhận (" + (by == Recognition.PROVINCE ? "cấp tỉnh" : "cấp bộ") + ").");
        if (!incomplete.isEmpty()) {
            text.append(" Còn ").append(incomplete.size()).append(" tiêu chí chưa chấm (tính 0 điểm): ")
                    .append(String.join(", ", incomplete)).append(".");
        }
        return text.toString();
    }

    private static String requirement(UnmetRequirement unmet) {
        return unmet.requiredFor() + "★ tại " + unmet.item() + " (cần '" + unmet.neededOption() + "': "
                + unmet.neededLabel() + (unmet.chosenOption() == null ? "; chưa chấm" : "; đang chọn '"
                + unmet.chosenOption() + "'") + ")";
    }
}
