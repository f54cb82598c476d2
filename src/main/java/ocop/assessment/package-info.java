/**
 * Assessment (Đánh giá tại cấp xã, QĐ 26/2026/QĐ-TTg Điều 7.2; Kế hoạch 1411 mục III.3.2): the ward's comments and
 * conclusions on the four items of a dossier (it does not score them), the chairman's meeting with the ward's units
 * (invitation GM, opinions, minutes BB), the ward's report in the layout of form Mẫu 03 and the request to the
 * province (công văn or tờ trình), the dossier package (ZIP) for the province, and the page where the province's
 * result is recorded (Điều 7.3). Documents are drafted and issued through {@link ocop.documents.DocumentsApi};
 * dossiers move only through {@link ocop.dossier.DossierApi}. Listens to {@link ocop.documents.DocumentIssued} (moves
 * the dossier) and {@link ocop.documents.DocumentDiscarded} (drops the link to the draft). Publishes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment (Đánh giá tại cấp xã)",
        allowedDependencies = {"system", "access", "registry", "criteria", "documents", "dossier"})
package ocop.assessment;
