package ocop.certification.domain;

import java.time.LocalDate;

/**
 * Thời hạn nộp hồ sơ đánh giá lại (re-evaluation window), QĐ 26/2026/QĐ-TTg Điều 7.6.a: the dossier is filed no
 * earlier than {@code opensDaysBefore} (180) and no later than {@code closesDaysBefore} (120) days before expiry.
 * "Expiry" is the certificate's last valid day ({@code validUntil}); both ends are inclusive, so with the defaults and
 * valid-until 30/06/2029 the window is 01/01/2029 – 01/03/2029. Settings:
 * {@code ocop.certification.renewal.opens-days-before}, {@code ocop.certification.renewal.closes-days-before}.
 */
public record RenewalWindow(int opensDaysBefore, int closesDaysBefore) {

    /** Điều 7.6.a: 180 to 120 days before expiry. */
    public static final RenewalWindow DECREE_26 = new RenewalWindow(180, 120);

    public RenewalWindow {
        if (closesDaysBefore < 0 || opensDaysBefore < closesDaysBefore) {
            throw new IllegalArgumentException("need opensDaysBefore >= closesDaysBefore >= 0");
        }
    }

    /** The first day a re-evaluation dossier may be filed. */
    public LocalDate opensOn(LocalDate validUntil) {
        return validUntil.minusDays(opensDaysBefore);
    }

    /** The last day a re-evaluation dossier may be filed. */
    public LocalDate closesOn(LocalDate validUntil) {
        return validUntil.minusDays(closesDaysBefore);
    }

    /** Whether {@code day} is within the window (both ends included). */
    public boolean isOpen(LocalDate validUntil, LocalDate day) {
        return !day.isBefore(opensOn(validUntil)) && !day.isAfter(closesOn(validUntil));
    }
}
