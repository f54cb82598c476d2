package ocop.certification;

import java.math.BigDecimal;
import java.time.LocalDate;
import ocop.registry.RecognitionLevel;

/**
 * One OCOP certificate (Giấy chứng nhận sản phẩm OCOP) as readers see it: its number, the product and producer (names
 * as the registry shows them today), stars, council score, the recognising level (province for 3★–4★, ministry for
 * 5★), the recognition decision, the issue date and the last day it is valid ({@code validUntil}, inclusive).
 */
public record CertificateView(long id, String number, long dossierId, long productId, String productName,
                              long producerId, String producerName, String unitCode, int stars, BigDecimal score,
                              RecognitionLevel level, String decisionNo, LocalDate decisionDate, LocalDate issuedOn,
                              LocalDate validUntil, boolean demo) {

    /** Whether the certificate is still within its validity on {@code day} (the lifecycle statuses come later). */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(issuedOn) && !day.isAfter(validUntil);
    }
}
