/**
 * Dossiers (Hồ sơ OCOP, QĐ 26/2026/QĐ-TTg Điều 6–7): product ideas and the 6-step cycle, potential products flagged
 * by neighbourhood heads, evaluation dossiers (first, upgrade, re-evaluation) with forms Mẫu 01/02 and evidence,
 * the form check and the ward's 15-working-day clock, versions and their differences, the province's result.
 * Publishes {@link ocop.dossier.DossierApi}, its records and the events {@link ocop.dossier.DossierSubmitted},
 * {@link ocop.dossier.DossierTransitioned} and {@link ocop.dossier.RecognitionRecorded}. Listens to
 * {@link ocop.documents.DocumentDiscarded}: a discarded Mẫu 01/02 draft is no longer linked.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers (Hồ sơ OCOP)",
        allowedDependencies = {"system", "access", "registry", "criteria", "documents"})
package ocop.dossier;
