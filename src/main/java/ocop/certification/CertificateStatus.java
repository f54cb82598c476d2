package ocop.certification;

/**
 * Tình trạng giấy chứng nhận (certificate status), computed from today's date and the certificate's events by
 * {@link ocop.certification.domain.CertificateStatusPolicy}; never stored. {@link #label()} is the plain Vietnamese
 * shown to people, {@link #tone()} the colour of its badge (always with the text, guide/ui.md).
 */
public enum CertificateStatus {
    /** Còn hiệu lực: before the re-evaluation window opens. */
    VALID("Còn hiệu lực", "valid"),
    /** Trong thời hạn đánh giá lại: the Điều 7.6.a window (180 to 120 days before expiry) is open. */
    RENEWAL_WINDOW("Trong thời hạn đánh giá lại", "window"),
    /** Sắp hết hạn: the window has closed, expiry is ahead. */
    EXPIRING("Sắp hết hạn", "expiring"),
    /** Còn hiệu lực theo Điều 12.3: past expiry, kept valid (at most 180 days) while a re-evaluation is decided. */
    EXTENDED("Còn hiệu lực (Điều 12.3)", "valid"),
    /** Hết hiệu lực. */
    EXPIRED("Hết hiệu lực", "expired"),
    /** Đã thu hồi (Điều 8). */
    REVOKED("Đã thu hồi", "revoked"),
    /** Đã được thay thế bởi giấy chứng nhận mới (đánh giá lại hoặc nâng hạng). */
    SUPERSEDED("Đã được thay thế", "superseded");

    private final String label;
    private final String tone;

    CertificateStatus(String label, String tone) {
        this.label = label;
        this.tone = tone;
    }

    /** The Vietnamese label. */
    public String label() {
        return label;
    }

    /** The badge colour key: valid (green), window (blue), expiring (amber), expired (grey, struck), revoked (red). */
    public String tone() {
        return tone;
    }

    /** Whether the product may still use the OCOP mark and stars on this certificate. */
    public boolean inForce() {
        return this == VALID || this == RENEWAL_WINDOW || this == EXPIRING || this == EXTENDED;
    }
}
