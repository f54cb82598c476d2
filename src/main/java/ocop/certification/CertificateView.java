package ocop.certification;

import java.math.BigDecimal;
import java.time.LocalDate;
import ocop.registry.RecognitionLevel;

/**
 * One OCOP certificate (Giấy chứng nhận sản phẩm OCOP) as readers see it: its number, the product and producer (names
 * as the registry shows them today), stars, council score, the recognising level (province for 3★–4★, ministry for
 * 5★), the recognition decision, the issue date, the last day it is valid ({@code validUntil}, inclusive), its
 * {@link CertificateStatus} today and the address of its public check page ({@code verifyUrl}); the Điều 7.6.a
 * re-evaluation window ({@code renewalWindowOpensOn} to {@code renewalWindowClosesOn}), whether the ward may notify the
 * producer of it today ({@code renewalNoticeDue}: in or approaching the window) and the ward's notice that covers it
 * ({@code renewalNotice}, null when none or replaced); the ward's confirmation that the producer stopped producing and
 * its proposal to revoke ({@code revocationProposal}, Điều 8.1.đ and 8.4; the latest not discarded, else null).
 */
public record CertificateView(long id, String number, long dossierId, long productId, String productName,
                              long producerId, String producerName, String unitCode, int stars, BigDecimal score,
                              RecognitionLevel level, String decisionNo, LocalDate decisionDate, LocalDate issuedOn,
                              LocalDate validUntil, boolean demo, CertificateStatus status, String statusLabel,
                              String regime, LocalDate revokedOn, String verifyUrl, Revocation revocation,
                              LocalDate renewalWindowOpensOn, LocalDate renewalWindowClosesOn,
                              boolean renewalNoticeDue, RenewalNotice renewalNotice,
                              RevocationProposal revocationProposal) {

    /**
     * Quyết định thu hồi (the revocation decision, Điều 8): ground letter and text, deciding authority (null when not
     * recorded, e.g. imported), decision number and date (the day it took effect).
     */
    public record Revocation(String ground, String groundLabel, String authority, String decisionNo,
                             LocalDate decisionDate) {
    }

    /**
     * Thông báo đánh giá lại (the ward's renewal notice covering this certificate): its document, TB or CV, whether it
     * is issued, and then its number ("05/TB-UBND") and date.
     */
    public record RenewalNotice(long documentId, String type, boolean issued, String number, LocalDate issuedOn) {
    }

    /**
     * Xác nhận chủ thể không còn sản xuất và đề nghị thu hồi (the ward's revocation proposal, Điều 8.1.đ and 8.4): the
     * ground letter (đ), the day production stopped, how the ward verified it, a note, its công văn (documentId),
     * {@code state} (DRAFT, ISSUED, DISCARDED, DECIDED) and, once issued, the number ("12/UBND-KT"), the date and the
     * last day for the revocation decision ({@code decideBy}: the date plus 15 days).
     */
    public record RevocationProposal(long id, String ground, LocalDate stoppedOn, String verifiedHow, String note,
                                     long documentId, String state, String number, LocalDate issuedOn,
                                     LocalDate decideBy) {

        /** Whether it is issued and still waits for the decision. */
        public boolean awaitingDecision() {
            return "ISSUED".equals(state);
        }

        /** Whether it is still a draft waiting for the leader. */
        public boolean draft() {
            return "DRAFT".equals(state);
        }

        /** Whether it blocks a new proposal: a draft or issued. */
        public boolean open() {
            return draft() || awaitingDecision();
        }
    }

    /** Whether the certificate is within its validity dates on {@code day} (ignores revocation; see status). */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(issuedOn) && !day.isAfter(validUntil);
    }
}
