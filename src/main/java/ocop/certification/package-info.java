/**
 * Certification (Chứng nhận OCOP, QĐ 26/2026/QĐ-TTg Điều 4.3): the certificate record created when the province (or
 * the ministry) recognises a product — number, stars, score, recognising level, decision, issue date and the date it
 * is valid until (36 months from issue, {@link ocop.certification.domain.ValidityPolicy}). Listens to
 * {@link ocop.dossier.RecognitionRecorded}; publishes {@link ocop.certification.CertificationApi}, its records and
 * {@link ocop.certification.CertificateExpired}. Lifecycle: the status of today
 * ({@link ocop.certification.domain.CertificateStatusPolicy}: Điều 7.6.a window, Điều 12.3 extension), staged
 * renewal reminders and expiry handling (daily jobs, as the system actor), the ward's renewal notice (Thông báo or
 * công văn drafted through the documents module, marked on the certificates when {@link ocop.documents.DocumentIssued},
 * let go when {@link ocop.documents.DocumentDiscarded}), the ward's confirmation that a producer stopped producing and
 * its revocation proposal (công văn to the province, Điều 8.1.đ/8.4, marked issued on
 * {@link ocop.documents.DocumentIssued}, decided when the revocation is recorded, discarded with its draft),
 * re-evaluation and upgrade dossiers opened from a certificate with the gap to the next class from the criteria engine,
 * and the public check page with its QR code and the product's photo.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certification (Chứng nhận OCOP)",
        allowedDependencies = {"system", "access", "registry", "criteria", "dossier", "documents"})
package ocop.certification;
