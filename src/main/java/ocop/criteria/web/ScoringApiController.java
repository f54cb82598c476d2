package ocop.criteria.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import ocop.criteria.CouncilResult;
import ocop.criteria.CouncilSettings;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.Evaluation;
import ocop.criteria.internal.DefaultCriteriaApi;
import ocop.system.InvalidInputException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Chấm điểm (scoring) over JSON: one sheet's answers, and a council's mean. Any signed-in user. */
@RestController
@RequestMapping("/api/v1/scoring")
@Tag(name = "Chấm điểm", description = "Chấm một phiếu theo bộ tiêu chí (điểm, hạng sao, yêu cầu tối thiểu, khoảng "
        + "cách tới hạng sao tiếp theo) và tính điểm hội đồng (trung bình, chênh lệch, túc số)")
class ScoringApiController {

    /**
     * @param sheet    sheet code, e.g. QD26-08
     * @param version  its version; the latest when absent
     * @param answers  scorable item → option code
     * @param declared disqualification and knock-out codes that apply
     */
    record EvaluateRequest(String sheet, Integer version, Map<String, String> answers, List<String> declared) {
    }

    /**
     * @param memberTotals  each member's total, 0–100
     * @param sheet         optional sheet code, checked and echoed
     * @param maxSpread     the province's largest allowed spread (default from the settings, 10)
     * @param quorum        the quorum as a fraction such as "3/4" (default from the settings)
     * @param councilSize   members appointed (default: as many as scored)
     * @param chairPresent  whether the chair scored (default true)
     * @param chairRequired whether the quorum needs the chair (default from the settings)
     */
    record CouncilRequest(List<BigDecimal> memberTotals, String sheet, BigDecimal maxSpread, String quorum,
            Integer councilSize, Boolean chairPresent, Boolean chairRequired) {
    }

    record CouncilJson(String sheet, BigDecimal average, int stars, boolean certifiable, boolean spreadExceeded,
            int members, int councilSize, BigDecimal lowest, BigDecimal highest, BigDecimal spread,
            BigDecimal maxSpread, String recognisedBy, boolean quorumMet, boolean conclusive) {
    }

    private final DefaultCriteriaApi criteria;

    ScoringApiController(DefaultCriteriaApi criteria) {
        this.criteria = criteria;
    }

    @PostMapping("/evaluate")
    @Operation(summary = "Chấm một phiếu: tổng điểm từng phần, hạng theo điểm, yêu cầu tối thiểu chưa đạt, hạng sao, "
            + "tiêu chí chưa chọn và các nâng cấp ít nhất để đạt hạng sao tiếp theo")
    EvaluationJson evaluate(@RequestBody EvaluateRequest request) {
        if (request.sheet() == null || request.sheet().isBlank()) {
            throw new InvalidInputException("sheet", "Thiếu mã bộ tiêu chí (sheet), ví dụ QD26-08.");
        }
        CriteriaSheet sheet = (request.version() == null ? criteria.sheet(request.sheet())
                : criteria.sheet(request.sheet(), request.version())).orElseThrow(() -> new InvalidInputException(
                        "sheet", "Không có bộ tiêu chí " + request.sheet()
                                + (request.version() == null ? "" : " phiên bản " + request.version()) + "."));
        Set<String> declared = request.declared() == null ? Set.of()
                : request.declared().stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Evaluation result = criteria.evaluate(sheet.code(), sheet.version(),
                request.answers() == null ? Map.of() : request.answers(), declared);
        return EvaluationJson.of(sheet, result);
    }

    @PostMapping("/council")
    @Operation(summary = "Điểm hội đồng: trung bình cộng tổng điểm của các thành viên, hạng sao theo điểm trung bình "
            + "chính xác (không làm tròn), cờ chênh lệch quá mức phải chấm lại, túc số")
    CouncilJson council(@RequestBody CouncilRequest request) {
        List<BigDecimal> totals = request.memberTotals();
        if (totals == null || totals.isEmpty()) {
            throw new InvalidInputException("memberTotals", "Cần tổng điểm của ít nhất một thành viên hội đồng.");
        }
        for (int i = 0; i < totals.size(); i++) {
            BigDecimal total = totals.get(i);
            if (total == null || total.signum() < 0 || total.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidInputException("memberTotals[" + i + "]",
                        "Tổng điểm của thành viên thứ " + (i + 1) + " phải từ 0 đến 100, đang là " + total + ".");
            }
        }
        if (request.sheet() != null && criteria.sheet(request.sheet()).isEmpty()) {
            throw new InvalidInputException("sheet", "Không có bộ tiêu chí " + request.sheet() + ".");
        }
        CouncilSettings settings = settings(request, criteria.councilSettings());
        int size = request.councilSize() == null ? totals.size() : request.councilSize();
        if (size < totals.size()) {
            throw new InvalidInputException("councilSize", "Số thành viên hội đồng (" + size
                    + ") không được ít hơn số phiếu chấm (" + totals.size() + ").");
        }
        CouncilResult r = criteria.council(totals, size, !Boolean.FALSE.equals(request.chairPresent()), settings);
        return new CouncilJson(request.sheet(), r.average(), r.stars(), r.certifiable(), r.spreadExceeded(),
                r.members(), r.councilSize(), r.lowest(), r.highest(), r.spread(), settings.maxSpread(),
                r.recognisedBy().name(), r.quorumMet(), r.conclusive());
    }

    private static CouncilSettings settings(CouncilRequest request, CouncilSettings defaults) {
        BigDecimal spread = request.maxSpread() == null ? defaults.maxSpread() : request.maxSpread();
        if (spread.signum() < 0) {
            throw new InvalidInputException("maxSpread", "Mức chênh lệch tối đa không được âm.");
        }
        int numerator = defaults.quorumNumerator();
        int denominator = defaults.quorumDenominator();
        if (request.quorum() != null) {
            String[] parts = request.quorum().trim().split("/");
            try {
                numerator = Integer.parseInt(parts[0].trim());
                denominator = parts.length == 2 ? Integer.parseInt(parts[1].trim()) : -1;
            } catch (NumberFormatException e) {
                denominator = -1;
            }
            if (denominator <= 0 || numerator < 0 || numerator > denominator) {
                throw new InvalidInputException("quorum", "Túc số phải là một phân số như 3/4 hoặc 2/3.");
            }
        }
        boolean chair = request.chairRequired() == null ? defaults.chairRequired() : request.chairRequired();
        return new CouncilSettings(spread, numerator, denominator, chair);
    }
}
