package ocop.documents.internal.render;

import java.util.List;
import ocop.documents.domain.ComposedDocument;
import ocop.documents.domain.LayoutRules;

/**
 * Lengths of the horizontal rules (đường kẻ ngang) of the header and title, measured on the text above them:
 * 40 % of the body name, the full motto, 40 % of the subject line (capped at the width it wraps to).
 */
public record Rules(double bodyNameMm, double mottoMm, double subjectMm) {

    public static Rules of(ComposedDocument doc) {
        double leftColumn = LayoutRules.TEXT_WIDTH_MM * LayoutRules.HEADER_LEFT_SHARE;
        double name = widest(doc.bodyNameLines(), LayoutRules.BODY_NAME_PT);
        double motto = Fonts.widthMm(doc.motto(), LayoutRules.MOTTO_PT, true, false);
        double subject = doc.subjectLine() == null ? 0
                : Math.min(Fonts.widthMm(doc.subjectLine(), LayoutRules.TITLE_PT, true, false), LayoutRules.TEXT_WIDTH_MM);
        return new Rules(Math.min(LayoutRules.shortRuleMm(name), leftColumn - 4), round(motto),
                subject == 0 ? 0 : LayoutRules.shortRuleMm(subject));
    }

    private static double widest(List<String> lines, double pt) {
        return lines.stream().mapToDouble(l -> Fonts.widthMm(l, pt, true, false)).max().orElse(0);
    }

    private static double round(double mm) {
        return Math.round(mm * 10) / 10.0;
    }
}
