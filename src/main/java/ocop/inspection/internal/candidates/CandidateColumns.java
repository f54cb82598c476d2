package ocop.inspection.internal.candidates;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import ocop.criteria.Evaluation.Suggestion;
import ocop.inspection.CandidateAtRisk;
import ocop.inspection.CandidateKind;
import ocop.inspection.CandidateReady;
import ocop.inspection.Candidate;
import ocop.inspection.CandidateUpgrade;

/** Các cột của bảng xuất (the exported columns of each list): a Vietnamese header and the cell value of a row. */
final class CandidateColumns {

    /** One column; values are text, whole numbers or days ({@link java.time.LocalDate}), or null for empty. */
    record Column(String header, Function<Candidate, Object> value) {
    }

    private CandidateColumns() {
    }

    static List<Column> of(CandidateKind kind) {
        return switch (kind) {
            case READY -> List.of(product(), producer(), neighbourhood(),
                    ready("Điểm tự đánh giá", CandidateReady::total),
                    ready("Hạng sao tự đánh giá", CandidateReady::stars),
                    ready("Ngày tự đánh giá", CandidateReady::assessedOn),
                    ready("Hạng sao trước đây", CandidateReady::previousStars), note());
            case UPGRADE -> List.of(product(), producer(), neighbourhood(),
                    upgrade("Số giấy chứng nhận", CandidateUpgrade::certificateNumber),
                    upgrade("Hạng sao hiện tại", CandidateUpgrade::certifiedStars),
                    upgrade("Hiệu lực đến", CandidateUpgrade::validUntil),
                    upgrade("Điểm tự đánh giá", CandidateUpgrade::selfAssessedTotal),
                    upgrade("Ngày tự đánh giá", CandidateUpgrade::assessedOn),
                    upgrade("Hạng sao hướng tới", CandidateUpgrade::targetStars),
                    upgrade("Ngưỡng điểm hạng tới", CandidateUpgrade::threshold),
                    upgrade("Còn thiếu (điểm)", CandidateUpgrade::pointsToThreshold),
                    upgrade("Tiêu chí cần nâng", r -> steps(r.suggestions())), note());
            case AT_RISK -> List.of(atRisk("Lý do", CandidateAtRisk::reason), product(), producer(), neighbourhood(),
                    atRisk("Số giấy chứng nhận", CandidateAtRisk::certificateNumber),
                    atRisk("Hạng sao", CandidateAtRisk::stars),
                    atRisk("Hiệu lực đến", CandidateAtRisk::validUntil),
                    atRisk("Số ngày còn lại (âm: đã quá)", CandidateAtRisk::daysLeft), note());
        };
    }

    /** The engine's upgrades as one line, e.g. "4.1: a → b (+1, yêu cầu tối thiểu); 5.3: b → c (+2)". */
    static String steps(List<Suggestion> suggestions) {
        return suggestions.stream().map(s -> s.item() + ": " + (s.fromOption() == null ? "chưa chọn" : s.fromOption())
                + " → " + s.toOption() + " (+" + s.pointsGained() + (s.requiredByMinimum() ? ", yêu cầu tối thiểu" : "")
                + ")").collect(Collectors.joining("; "));
    }

    private static Column product() {
        return new Column("Sản phẩm", Candidate::productName);
    }

    private static Column producer() {
        return new Column("Chủ thể", Candidate::producerName);
    }

    private static Column neighbourhood() {
        return new Column("Khu phố", Candidate::neighbourhood);
    }

    private static Column note() {
        return new Column("Ghi chú", Candidate::note);
    }

    private static Column ready(String header, Function<CandidateReady, Object> value) {
        return new Column(header, r -> value.apply((CandidateReady) r));
    }

    private static Column upgrade(String header, Function<CandidateUpgrade, Object> value) {
        return new Column(header, r -> value.apply((CandidateUpgrade) r));
    }

    private static Column atRisk(String header, Function<CandidateAtRisk, Object> value) {
        return new Column(header, r -> value.apply((CandidateAtRisk) r));
    }
}
