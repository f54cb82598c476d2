package ocop.certification.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import ocop.certification.CertificateStatus;

/**
 * Giấy chứng nhận nào được đưa vào thông báo đánh giá lại (which certificates a renewal notice may cover): a
 * certificate still in force whose Điều 7.6.a {@link RenewalWindow} is open, or opens soon — from
 * {@code leadDaysBefore} days before expiry (210 by default, the "prepare" stage of the reminders) to the window's
 * last day. Later (window closed, expired, extended), revoked or superseded certificates are refused with the reason.
 * Setting: {@code ocop.certification.renewal.notice-from-days-before}.
 */
public record RenewalNoticePolicy(RenewalWindow window, int leadDaysBefore) {

    /** Điều 7.6.a, from 210 days before expiry (30 days before the window opens). */
    public static final RenewalNoticePolicy DECREE_26 = new RenewalNoticePolicy(RenewalWindow.DECREE_26, 210);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public RenewalNoticePolicy {
        if (window == null || leadDaysBefore < window.opensDaysBefore()) {
            throw new IllegalArgumentException("leadDaysBefore must be at least the window's opening");
        }
    }

    /** The first day a notice may name the certificate. */
    public LocalDate firstNoticeDay(LocalDate validUntil) {
        return validUntil.minusDays(leadDaysBefore);
    }

    /** Whether the certificate is in or approaching its window on {@code today} ("trong hoặc sắp đến thời hạn"). */
    public boolean due(CertificateStatus status, LocalDate validUntil, LocalDate today) {
        return refusal(status, validUntil, today).isEmpty();
    }

    /** Why the certificate cannot be in a notice today, in plain Vietnamese; empty when it can. */
    public Optional<String> refusal(CertificateStatus status, LocalDate validUntil, LocalDate today) {
        if (status != CertificateStatus.VALID && status != CertificateStatus.RENEWAL_WINDOW) {
            if (status == CertificateStatus.EXPIRING) {
                return Optional.of("đã quá hạn cuối nộp hồ sơ đánh giá lại (ngày "
                        + DAY.format(window.closesOn(validUntil)) + ").");
            }
            return Optional.of("giấy chứng nhận " + status.label().toLowerCase(java.util.Locale.forLanguageTag("vi"))
                    + ", không thuộc diện thông báo nộp hồ sơ đánh giá lại.");
        }
        if (today.isBefore(firstNoticeDay(validUntil))) {
            return Optional.of("chưa đến thời hạn đánh giá lại: thời hạn nộp hồ sơ từ ngày "
                    + DAY.format(window.opensOn(validUntil)) + ", thông báo được soạn từ ngày "
                    + DAY.format(firstNoticeDay(validUntil)) + ".");
        }
        if (today.isAfter(window.closesOn(validUntil))) {
            return Optional.of("đã quá hạn cuối nộp hồ sơ đánh giá lại (ngày "
                    + DAY.format(window.closesOn(validUntil)) + ").");
        }
        return Optional.empty();
    }
}
