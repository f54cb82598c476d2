package ocop.inspection.candidates;

import java.time.LocalDate;
import java.util.List;

/**
 * Một lần kiểm tra đã hoàn thành, as the logo rule reads it: what it recorded in the checklist section on the OCOP mark
 * ({@value LogoAfterExpiryRule#SECTION}, "Sử dụng biểu trưng OCOP và hạng sao trên nhãn").
 *
 * @param visitId     the submitted visit
 * @param productId   its product
 * @param visitedOn   the day of the visit
 * @param itemsNotMet the codes of the section's items answered "không đạt" (e.g. {@code LOGO.2})
 * @param findings    the texts of the findings recorded on the section's items
 */
public record LogoCheck(long visitId, long productId, LocalDate visitedOn, List<String> itemsNotMet,
        List<String> findings) {

    public LogoCheck {
        itemsNotMet = List.copyOf(itemsNotMet);
        findings = List.copyOf(findings);
    }

    /** The visit saw the mark or the stars used wrongly: an item not met, or a finding on an item of the section. */
    public boolean markMisused() {
        return !itemsNotMet.isEmpty() || !findings.isEmpty();
    }
}
