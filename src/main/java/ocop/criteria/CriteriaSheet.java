package ocop.criteria;

import java.time.LocalDate;
import java.util.List;

/**
 * Bộ tiêu chí kiêm phiếu đánh giá (criteria sheet, also the scoring form) for one or more classification
 * sub-groups, as one version of the app's own format (docs/criteria-format.md). Parts → sections → criteria
 * (→ sub-criteria) → options.
 *
 * @param code                     our identifier, e.g. {@code QD26-01}
 * @param version                  1 for the shipped sheets; a revised sheet keeps its code and raises the version
 * @param decision                 the decision it belongs to, e.g. {@code 26/2026/QĐ-TTg}
 * @param name                     the sheet title as printed
 * @param header                   the "(Sản phẩm: … Nhóm: …)" line printed on the sheet, if any
 * @param effectiveFrom            first day a dossier submitted on it is scored with it
 * @param effectiveUntil           last such day, or null when open
 * @param status                   OFFICIAL, HISTORICAL or DRAFT
 * @param checkedAgainstSignedText true only once compared with the signed text (false for the transcriptions)
 * @param source                   where the text comes from
 * @param classificationVersion    the classification the sub-groups belong to, e.g. {@code QD26-2026}
 * @param appliesTo                classification leaf codes, e.g. {@code I.3.d}
 * @param disqualifiedWhen         the "Hồ sơ bị loại khi" line verbatim, or null
 * @param disqualifications        that line split into conditions {@code D1}, {@code D2} …
 * @param notes                    sheet-level notes (the star legend)
 * @param parts                    A, B, C
 * @param corrections              values that differ from the transcribed copy
 */
public record CriteriaSheet(String code, int version, String decision, String name, String header,
        LocalDate effectiveFrom, LocalDate effectiveUntil, SheetStatus status, boolean checkedAgainstSignedText,
        SheetSource source, String classificationVersion, List<String> appliesTo, String disqualifiedWhen,
        List<KnockOut> disqualifications, List<String> notes, List<SheetPart> parts,
        List<SheetCorrection> corrections) {

    /** The same sheet under another version number (an import is stored as the next version of its code). */
    public CriteriaSheet withVersion(int newVersion) {
        return new CriteriaSheet(code, newVersion, decision, name, header, effectiveFrom, effectiveUntil, status,
                checkedAgainstSignedText, source, classificationVersion, appliesTo, disqualifiedWhen, disqualifications,
                notes, parts, corrections);
    }

    /** True when the day lies within effectiveFrom … effectiveUntil (open end when null), whatever the status. */
    public boolean coversDay(LocalDate day) {
        return effectiveFrom != null && !day.isBefore(effectiveFrom)
                && (effectiveUntil == null || !day.isAfter(effectiveUntil));
    }
}
