/**
 * Inspection (Kiểm tra, giám sát sản phẩm OCOP — hậu kiểm, QĐ 26/2026/QĐ-TTg Điều 9; Kế hoạch 1411/KH-UBND mục
 * III.5): inspection plans per year or quarter, ad-hoc inspection requests (an expired certificate, a complaint),
 * on-site visits with a checklist kept as versioned data (plus the product's mandatory criteria from its criteria
 * sheet), photos, findings, corrective actions closed or escalated on follow-up visits, and the outcome of an
 * inspection (criteria maintained, corrective action required, propose revocation on a ground of Điều 8.1); and the
 * candidate lists the plan reviews (danh sách rà soát: ready for evaluation, close to the next class, at risk),
 * computed on request, at {@code /candidates} and {@code /api/v1/candidates/{kind}} (JSON, XLSX); the at-risk list
 * also reads the inspections (corrective actions past their deadline, the OCOP mark seen after the certificate ended),
 * and the rows of any list seed an inspection plan.
 * Owns schema {@code inspection}. Publishes {@link ocop.inspection.InspectionApi}, {@link ocop.inspection.CandidateLists},
 * their records and the event {@link ocop.inspection.RevocationProposed}, on which it drafts the proposal to the
 * province through the documents module (once per visit). Listens to {@link ocop.certification.CertificateExpired}
 * (raises an ad-hoc inspection, once per certificate) and {@link ocop.documents.DocumentIssued} (records the
 * proposal's number and date on the visit). Rules are plain Java in {@code domain} and {@code candidates}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspection (Kiểm tra, giám sát sản phẩm OCOP)",
        allowedDependencies = {"system", "access", "registry", "criteria", "dossier", "certification", "documents"})
package ocop.inspection;
