package ocop.certification.domain;

import java.time.LocalDate;
import ocop.certification.CertificateStatus;

/**
 * Cách tính tình trạng giấy chứng nhận (how a certificate's status is computed) on a given day, in this order:
 * <ol>
 *   <li>revoked on or before that day → {@code REVOKED} (Điều 8);</li>
 *   <li>replaced by a newer certificate on or before that day → {@code SUPERSEDED};</li>
 *   <li>up to and including {@code validUntil}: before the {@link RenewalWindow} → {@code VALID}; within it →
 *       {@code RENEWAL_WINDOW}; after it → {@code EXPIRING} — for 148/1489 certificates too, which keep the end date
 *       printed on them (Điều 12.1);</li>
 *   <li>after {@code validUntil}: {@code EXTENDED} while the {@link TransitionalExtension} applies (Điều 12.3, at
 *       most 180 days), else {@code EXPIRED}.</li>
 * </ol>
 */
public record CertificateStatusPolicy(RenewalWindow window, TransitionalExtension extension) {

    public static final CertificateStatusPolicy DECREE_26 =
            new CertificateStatusPolicy(RenewalWindow.DECREE_26, TransitionalExtension.DECREE_26);

    public CertificateStatus status(CertificateFacts c, LocalDate today) {
        if (c.revokedOn() != null && !today.isBefore(c.revokedOn())) {
            return CertificateStatus.REVOKED;
        }
        if (c.supersededOn() != null && !today.isBefore(c.supersededOn())) {
            return CertificateStatus.SUPERSEDED;
        }
        if (!today.isAfter(c.validUntil())) {
            if (today.isBefore(window.opensOn(c.validUntil()))) {
                return CertificateStatus.VALID;
            }
            return today.isAfter(window.closesOn(c.validUntil())) ? CertificateStatus.EXPIRING
                    : CertificateStatus.RENEWAL_WINDOW;
        }
        if (extension.qualifies(c, window) && !today.isAfter(extension.lastDay(c.validUntil()))) {
            return CertificateStatus.EXTENDED;
        }
        return CertificateStatus.EXPIRED;
    }

    /** The day the product stops being allowed to use the mark if nothing changes (valid-until or extension end). */
    public LocalDate lastDayInForce(CertificateFacts c) {
        return extension.qualifies(c, window) ? extension.lastDay(c.validUntil()) : c.validUntil();
    }
}
