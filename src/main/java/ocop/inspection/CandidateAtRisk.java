package ocop.inspection;

import java.time.LocalDate;

/**
 * Sản phẩm cần chú ý (a product at risk) for one reason. The certificate sources fill the certificate fields and
 * count {@code daysLeft} to its valid-until day; other sources (an open finding past its deadline, the logo seen
 * after expiry) may leave the certificate fields null and count to their own date ({@code dueOn}).
 *
 * @param reasonCode        a stable code of the reason, e.g. {@code CERTIFICATE_EXPIRING}, {@code CERTIFICATE_EXPIRED}
 * @param reason            the reason in Vietnamese, as shown and exported
 * @param certificateId     the certificate concerned, or null
 * @param certificateNumber its number, or null
 * @param stars             its stars, or null
 * @param validUntil        its last valid day, or null
 * @param dueOn             the day the reason counts to (the certificate's valid-until for certificate reasons)
 * @param daysLeft          days from today to {@code dueOn}: positive ahead, 0 today, negative when past
 */
public record CandidateAtRisk(long productId, String productName, long producerId, String producerName,
        String unitCode, String neighbourhood, String reasonCode, String reason, Long certificateId,
        String certificateNumber, Integer stars, LocalDate validUntil, LocalDate dueOn, long daysLeft, String note)
        implements Candidate {

    @Override
    public CandidateKind kind() {
        return CandidateKind.AT_RISK;
    }
}
