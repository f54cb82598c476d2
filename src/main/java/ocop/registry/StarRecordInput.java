package ocop.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ocop.system.FieldError;
import ocop.system.InvalidInputException;

/**
 * A recognition to record in the star history (kết quả công nhận): stars 1–5, the council's score 0–100,
 * the decision number and date, and who recognised it.
 */
public record StarRecordInput(Integer stars, BigDecimal score, String decisionNo, LocalDate decisionDate,
                              RecognitionLevel level, String note) {

    public StarRecordInput validated(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (stars == null || stars < 1 || stars > 5) {
            errors.add(new FieldError("stars", "Hạng sao phải từ 1 đến 5."));
        }
        if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.add(new FieldError("score", "Điểm phải từ 0 đến 100."));
        }
        if (decisionDate != null && decisionDate.isAfter(today)) {
            errors.add(new FieldError("decisionDate", "Ngày quyết định không được sau ngày hôm nay."));
        }
        if (level == null) {
            errors.add(new FieldError("level", "Chọn cấp công nhận."));
        } else if (stars != null && stars == 5 && level != RecognitionLevel.MINISTRY) {
            errors.add(new FieldError("level", "Sản phẩm 5 sao do Bộ Nông nghiệp và Môi trường công nhận (Điều 4.1)."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new StarRecordInput(stars, score, ocop.registry.domain.ProducerRules.blankToNull(decisionNo), decisionDate, level,
                ocop.registry.domain.ProducerRules.blankToNull(note));
    }
}
