package ocop.assessment.internal;

/** A row of {@code assessment.ward_assessment}: the dossier, its scope copies, the Mẫu 03 draft and the lock. */
record AssessmentRow(long dossierId, long productId, long producerId, String unitCode, String provinceCode,
                     Long reportDocumentId, int version) {
}
