package ocop.dossier.internal;

import java.util.List;
import java.util.Map;
import ocop.criteria.SelfAssessmentSummary;
import ocop.dossier.DossierAction;
import ocop.dossier.DossierEvidence;
import ocop.dossier.DossierSummary;
import ocop.dossier.ReturnReason;
import ocop.dossier.domain.FormCheck;

/**
 * A dossier in full (hồ sơ đánh giá, phân hạng) as its page and {@code GET /api/v1/dossiers/{id}} show it: the
 * summary, the classification, the fields filled from the registry and those typed (Mẫu 02), the evidence, what the
 * form check finds missing, the actions the signed-in user may take now ({@code resultAllowed}: may record the
 * province's result), the reasons of the latest return, the history, the submitted versions, and the generated
 * drafts of Mẫu 01 and Mẫu 02 in the documents module, and the product's self-assessment for Mẫu 02 Part III (null
 * when there is none or the signed-in user may not read it).
 */
public record DossierView(DossierSummary summary, String classificationCode, Map<String, String> registryFields,
                          Map<String, String> forms, List<DossierEvidence> evidence, List<FormCheck.Finding> findings,
                          List<DossierAction> actions, boolean resultAllowed, boolean editable,
                          List<ReturnReason> returnReasons, List<HistoryEntry> history,
                          List<VersionInfo> versions, Long form01DocumentId, Long form02DocumentId,
                          boolean mayDraftDocuments, SelfAssessmentSummary selfAssessment) {
}
