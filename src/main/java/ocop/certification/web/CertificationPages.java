package ocop.certification.web;

import ocop.certification.CertificateView;

/** Small questions the certificate pages ask of a certificate. */
final class CertificationPages {

    private CertificationPages() {
    }

    /** Whether the certificate can be ticked for a new renewal notice: due, and in no notice that is not replaced. */
    static boolean notifiable(CertificateView c) {
        return c.renewalNoticeDue() && c.renewalNotice() == null;
    }
}
