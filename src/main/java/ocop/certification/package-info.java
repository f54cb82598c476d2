/**
 * Certification (Chứng nhận OCOP, QĐ 26/2026/QĐ-TTg Điều 4.3): the certificate record created when the province (or
 * the ministry) recognises a product — number, stars, score, recognising level, decision, issue date and the date it
 * is valid until (36 months from issue, {@link ocop.certification.domain.ValidityPolicy}). Listens to
 * {@link ocop.dossier.RecognitionRecorded}; publishes {@link ocop.certification.CertificationApi} and its records.
 * The lifecycle (renewal window, reminders, revocation, public check) comes next.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certification (Chứng nhận OCOP)",
        allowedDependencies = {"system", "access", "registry", "dossier"})
package ocop.certification;
