package ocop.dossier.internal;

import ocop.documents.DocumentType;
import ocop.dossier.domain.ResultRules;

/**
 * The module's settings (cấu hình hồ sơ), each with the decision's reading as default, from {@code ocop.dossier.*}:
 * the Mẫu 01 number format, whether an incomplete dossier may be submitted, the number of samples, whether a new
 * idea needs an accepted business plan, the document type the forms are drafted as, the evidence size limit and the
 * result thresholds.
 */
public record DossierSettings(String registrationFormat, boolean submitRequiresComplete, int samplesRequired,
                              boolean requirePlanForNewIdeas, DocumentType formDocumentType, long evidenceMaxBytes,
                              ResultRules.Policy resultPolicy) {
}
