package ocop.criteria.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.KnockOut;
import ocop.criteria.SheetCorrection;
import ocop.criteria.SheetPart;
import ocop.criteria.SheetSource;
import ocop.criteria.SheetStatus;

/** Các dòng thông tin chung của mẫu XLSX (the template's key rows: {@code code}, {@code version}, … in column A). */
final class XlsxHeader {

    private final List<String> errors;
    private final Set<String> seen = new HashSet<>();
    private String code, decision, name, header, status, classificationVersion, disqualifiedWhen;
    private String document, official, transcribedFrom, trust;
    private boolean hasSource, checked;
    private int version = 1;
    private LocalDate effectiveFrom, effectiveUntil;
    private final List<String> appliesTo = new ArrayList<>();
    private final List<KnockOut> disqualifications = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<SheetCorrection> corrections = new ArrayList<>();

    XlsxHeader(List<String> errors) {
        this.errors = errors;
    }

    void read(String key, XlsxCells cells) {
        boolean repeatable = key.equals("disqualification") || key.equals("note") || key.equals("correction");
        if (!repeatable && !seen.add(key)) {
            errors.add(cells.where(0) + ": dòng '" + key + "' lặp lại");
            return;
        }
        switch (key) {
            case "code" -> code = cells.required(1, "mã bộ tiêu chí");
            case "version" -> {
                Integer v = cells.integer(1, "phiên bản", false);
                version = v == null ? 1 : v;
            }
            case "decision" -> decision = cells.text(1);
            case "name" -> name = cells.text(1);
            case "header" -> header = cells.text(1);
            case "effectiveFrom" -> effectiveFrom = cells.date(1, "effectiveFrom");
            case "effectiveUntil" -> effectiveUntil = cells.date(1, "effectiveUntil");
            case "status" -> status = cells.text(1);
            case "checkedAgainstSignedText" -> checked = cells.yesNo(1, "checkedAgainstSignedText");
            case "source.document" -> document = source(cells);
            case "source.official" -> official = source(cells);
            case "source.transcribedFrom" -> transcribedFrom = source(cells);
            case "source.trust" -> trust = source(cells);
            case "classificationVersion" -> classificationVersion = cells.text(1);
            case "appliesTo" -> {
                for (int col = 1; cells.text(col) != null; col++) {
                    appliesTo.add(cells.text(col).trim());
                }
            }
            case "disqualifiedWhen" -> disqualifiedWhen = cells.text(1);
            case "disqualification" -> disqualifications.add(new KnockOut(cells.required(1, "mã điều kiện loại"),
                    cells.required(2, "nội dung điều kiện loại")));
            case "note" -> notes.add(cells.required(1, "nội dung ghi chú"));
            case "correction" -> corrections.add(new SheetCorrection(cells.text(1), cells.text(2), cells.text(3),
                    cells.text(4), cells.text(5), cells.text(6)));
            default -> errors.add(cells.where(0) + ": loại dòng không biết '" + key + "' (PART, SECTION, CRITERION,"
                    + " SUBCRITERION, OPTION, NOTE, KNOCKOUT hoặc một dòng thông tin chung như code, name)");
        }
    }

    private String source(XlsxCells cells) {
        hasSource = true;
        return cells.text(1);
    }

    CriteriaSheet build(List<SheetPart> parts) {
        SheetStatus parsed = null;
        if (status != null) {
            try {
                parsed = SheetStatus.valueOf(status.trim());
            } catch (IllegalArgumentException e) {
                errors.add("Dòng status: tình trạng phải là OFFICIAL, HISTORICAL hoặc DRAFT, đang là '" + status + "'");
            }
        }
        for (String key : List.of("code", "decision", "name", "effectiveFrom", "status", "classificationVersion",
                "appliesTo")) {
            if (!seen.contains(key)) {
                errors.add("Thiếu dòng '" + key + "' trong phần thông tin chung");
            }
        }
        SheetSource source = hasSource ? new SheetSource(document, official, transcribedFrom, trust) : null;
        return new CriteriaSheet(code, version, decision, name, header, effectiveFrom, effectiveUntil, parsed, checked,
                source, classificationVersion, appliesTo, disqualifiedWhen, disqualifications, notes, parts,
                corrections);
    }
}
