package ocop.assessment.internal;

import java.util.List;
import ocop.assessment.domain.Conclusions;
import ocop.dossier.DossierSummary;
import ocop.dossier.WardItem;

/**
 * A dossier's assessment as shown and as {@code GET /api/v1/dossiers/{id}/assessment} returns it: the dossier (with
 * its working days left), the four items side by side — the producer's account and the ward's findings — the
 * conclusions to choose from, the Mẫu 03 report once drafted, what the user may do, and the lock version.
 */
public record AssessmentView(DossierSummary dossier, List<Item> items, List<Conclusions.Option> conclusions,
                             Report report, boolean editable, boolean mayAssess, boolean mayIssue, boolean complete,
                             int version) {

    /** One item: the form's heading and guidance, the producer's side, the ward's side, the units' opinions. */
    public record Item(WardItem item, int number, String heading, String guidance, String producerDescription,
                       List<ItemContext.Criterion> criteria, String findings, String evidenceNote, String conclusion,
                       String conclusionLabel, List<String> opinions) {
    }

    /** The Mẫu 03 report in the documents module: its id, whether issued, its number and date once issued. */
    public record Report(long documentId, String status, String number, java.time.LocalDate issuedOn) {

        public boolean issued() {
            return "ISSUED".equals(status) || "REPLACED".equals(status);
        }
    }
}
