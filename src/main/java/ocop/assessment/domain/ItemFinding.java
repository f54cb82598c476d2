package ocop.assessment.domain;

import ocop.dossier.WardItem;

/**
 * The ward's finding on one of the four items (nhận xét, đánh giá của UBND phường): what the officer found on site
 * and in the dossier, the evidence it rests on, and the conclusion code of {@link Conclusions} (null until chosen).
 */
public record ItemFinding(WardItem item, String findings, String evidenceNote, String conclusion) {

    public static ItemFinding empty(WardItem item) {
        return new ItemFinding(item, null, null, null);
    }

    /** Whether the report can print it: findings written and a conclusion chosen. */
    public boolean complete() {
        return findings != null && !findings.isBlank() && conclusion != null;
    }
}
