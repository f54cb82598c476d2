package ocop.dossier.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ocop.dossier.DossierAction;
import ocop.dossier.DossierStatus;
import ocop.dossier.ResultInput;
import ocop.registry.RecognitionLevel;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.InvalidInputException;

/**
 * What a recorded result means (ý nghĩa của kết quả đánh giá, Điều 7.3–7.4): an explicit refusal or a score under the
 * lowest class is not recognised; at the province, 90 points or more is proposed to the ministry for 5★; otherwise
 * 3★ or 4★ recognised by the province; after the ministry's council, 5★ by the ministry (or 3★–4★ by the province).
 * The thresholds are a policy from configuration.
 */
public final class ResultRules {

    /** Thresholds: propose to the ministry at or above, not recognised below, 4★ from. */
    public record Policy(BigDecimal proposeAtOrAbove, BigDecimal notRecognisedBelow, BigDecimal fourStarsFrom) {

        public static Policy decree26() {
            return new Policy(BigDecimal.valueOf(90), BigDecimal.valueOf(50), BigDecimal.valueOf(70));
        }
    }

    /** The decided move, with the stars and the recognising level when recognised. */
    public record Outcome(DossierAction action, Integer stars, RecognitionLevel level) {
    }

    private ResultRules() {
    }

    public static Outcome decide(DossierStatus from, ResultInput in, Policy policy, LocalDate today) {
        if (from != DossierStatus.SENT_TO_PROVINCE && from != DossierStatus.PROPOSED_TO_MINISTRY) {
            throw new ConflictException(null, "Chỉ ghi nhận kết quả cho hồ sơ đã gửi tỉnh hoặc đã đề nghị cấp quốc gia.");
        }
        List<FieldError> errors = new ArrayList<>();
        BigDecimal score = in.score();
        if (score == null && !in.isRefusal()) {
            errors.add(new FieldError("score", "Nhập điểm của Hội đồng (0–100)."));
        } else if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.add(new FieldError("score", "Điểm phải từ 0 đến 100."));
        }
        dates(in, today, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (in.isRefusal() || score.compareTo(policy.notRecognisedBelow()) < 0) {
            return new Outcome(DossierAction.RECORD_NOT_RECOGNISED, null, null);
        }
        if (from == DossierStatus.SENT_TO_PROVINCE && score.compareTo(policy.proposeAtOrAbove()) >= 0) {
            return new Outcome(DossierAction.RECORD_PROPOSED_TO_MINISTRY, null, null);
        }
        Integer stars = in.stars();
        int max = from == DossierStatus.PROPOSED_TO_MINISTRY ? 5 : 4;
        if (stars == null || stars < 3 || stars > max) {
            errors.add(new FieldError("stars", max == 5 ? "Hạng sao công nhận phải từ 3★ đến 5★."
                    : "UBND tỉnh công nhận 3★ hoặc 4★; từ " + policy.proposeAtOrAbove().toPlainString()
                    + " điểm trở lên thì đề nghị Bộ đánh giá 5★ (Điều 7.3)."));
        } else if (stars == 5 && score.compareTo(policy.proposeAtOrAbove()) < 0) {
            errors.add(new FieldError("stars", "Sản phẩm 5★ phải đạt từ " + policy.proposeAtOrAbove().toPlainString()
                    + " điểm."));
        } else if (stars == 4 && score.compareTo(policy.fourStarsFrom()) < 0) {
            errors.add(new FieldError("stars", "Sản phẩm 4★ phải đạt từ " + policy.fourStarsFrom().toPlainString()
                    + " điểm."));
        }
        if (blank(in.decisionNo())) {
            errors.add(new FieldError("decisionNo", "Nhập số quyết định công nhận."));
        }
        if (in.decisionDate() == null) {
            errors.add(new FieldError("decisionDate", "Nhập ngày quyết định công nhận."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Outcome(DossierAction.RECORD_RECOGNISED, stars,
                stars == 5 ? RecognitionLevel.MINISTRY : RecognitionLevel.PROVINCE);
    }

    private static void dates(ResultInput in, LocalDate today, List<FieldError> errors) {
        if (in.decisionDate() != null && in.decisionDate().isAfter(today)) {
            errors.add(new FieldError("decisionDate", "Ngày quyết định không được sau ngày hôm nay."));
        }
        if (in.certificateIssuedOn() != null && in.certificateIssuedOn().isAfter(today)) {
            errors.add(new FieldError("certificateIssuedOn", "Ngày cấp giấy chứng nhận không được sau ngày hôm nay."));
        }
        if (in.certificateIssuedOn() != null && in.decisionDate() != null
                && in.certificateIssuedOn().isBefore(in.decisionDate())) {
            errors.add(new FieldError("certificateIssuedOn", "Ngày cấp giấy chứng nhận không được trước ngày quyết định."));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
