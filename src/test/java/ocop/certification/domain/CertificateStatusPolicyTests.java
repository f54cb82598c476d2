package ocop.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import ocop.certification.CertificateStatus;
import ocop.certification.domain.CertificateFacts.Regime;
import ocop.certification.domain.TransitionalExtension.Condition;
import org.junit.jupiter.api.Test;

/** Tình trạng giấy chứng nhận at every boundary: the window's first and last day, expiry, Điều 12.3, events. */
class CertificateStatusPolicyTests {

    static final CertificateStatusPolicy POLICY = CertificateStatusPolicy.DECREE_26;

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void windowOpensOneHundredEightyAndClosesOneHundredTwentyDaysBeforeExpiry() {
        LocalDate until = d(2029, 6, 30);
        assertThat(RenewalWindow.DECREE_26.opensOn(until)).isEqualTo(d(2029, 1, 1));
        assertThat(RenewalWindow.DECREE_26.closesOn(until)).isEqualTo(d(2029, 3, 2));
        CertificateFacts c = CertificateFacts.of(d(2026, 6, 30), until);
        assertThat(POLICY.status(c, d(2028, 12, 31))).isEqualTo(CertificateStatus.VALID);
        assertThat(POLICY.status(c, d(2029, 1, 1))).isEqualTo(CertificateStatus.RENEWAL_WINDOW);
        assertThat(POLICY.status(c, d(2029, 3, 2))).isEqualTo(CertificateStatus.RENEWAL_WINDOW);
        assertThat(POLICY.status(c, d(2029, 3, 3))).isEqualTo(CertificateStatus.EXPIRING);
        assertThat(POLICY.status(c, until)).isEqualTo(CertificateStatus.EXPIRING);
        assertThat(POLICY.status(c, d(2029, 7, 1))).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void windowAcrossTwentyNinthFebruaryAndMonthEnds() {
        // valid until 29/02/2028 (leap year): 180 days before is 02/09/2027, 120 days before 01/11/2027
        LocalDate leap = ValidityPolicy.DECREE_26.validUntil(d(2025, 2, 28));
        assertThat(leap).isEqualTo(d(2028, 2, 28));
        LocalDate until = d(2028, 2, 29);
        assertThat(RenewalWindow.DECREE_26.opensOn(until)).isEqualTo(d(2027, 9, 2));
        assertThat(RenewalWindow.DECREE_26.closesOn(until)).isEqualTo(d(2027, 11, 1));
        CertificateFacts c = CertificateFacts.of(d(2025, 2, 28), until);
        assertThat(POLICY.status(c, d(2027, 9, 1))).isEqualTo(CertificateStatus.VALID);
        assertThat(POLICY.status(c, d(2027, 9, 2))).isEqualTo(CertificateStatus.RENEWAL_WINDOW);
        assertThat(POLICY.status(c, d(2027, 11, 1))).isEqualTo(CertificateStatus.RENEWAL_WINDOW);
        assertThat(POLICY.status(c, d(2027, 11, 2))).isEqualTo(CertificateStatus.EXPIRING);
        assertThat(POLICY.status(c, d(2028, 2, 29))).isEqualTo(CertificateStatus.EXPIRING);
        assertThat(POLICY.status(c, d(2028, 3, 1))).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void monthEndIssueDates() {
        assertThat(ValidityPolicy.DECREE_26.validUntil(d(2026, 8, 31))).isEqualTo(d(2029, 8, 31));
        assertThat(ValidityPolicy.DECREE_26.validUntil(d(2028, 2, 29))).isEqualTo(d(2031, 2, 28));
        LocalDate until = d(2029, 8, 31);
        assertThat(RenewalWindow.DECREE_26.opensOn(until)).isEqualTo(d(2029, 3, 4));
        assertThat(RenewalWindow.DECREE_26.closesOn(until)).isEqualTo(d(2029, 5, 3));
    }

    @Test
    void revokedAndSupersededWinFromTheirDate() {
        CertificateFacts c = new CertificateFacts(d(2026, 6, 1), d(2029, 6, 1), Regime.DECREE_26, d(2027, 1, 10),
                null, false);
        assertThat(POLICY.status(c, d(2027, 1, 9))).isEqualTo(CertificateStatus.VALID);
        assertThat(POLICY.status(c, d(2027, 1, 10))).isEqualTo(CertificateStatus.REVOKED);
        CertificateFacts s = new CertificateFacts(d(2026, 6, 1), d(2029, 6, 1), Regime.DECREE_26, null,
                d(2029, 1, 20), false);
        assertThat(POLICY.status(s, d(2029, 1, 19))).isEqualTo(CertificateStatus.RENEWAL_WINDOW);
        assertThat(POLICY.status(s, d(2029, 1, 20))).isEqualTo(CertificateStatus.SUPERSEDED);
    }

    @Test
    void extendedUnderArticle12ThreeAtMostOneHundredEightyDays() {
        // issued before 22/05/2026, re-evaluation in progress: valid through expiry + 180 days
        CertificateFacts c = new CertificateFacts(d(2024, 1, 15), d(2027, 1, 15), Regime.LEGACY_148_1489, null, null,
                true);
        assertThat(POLICY.status(c, d(2027, 1, 15))).isEqualTo(CertificateStatus.EXPIRING);
        assertThat(POLICY.status(c, d(2027, 1, 16))).isEqualTo(CertificateStatus.EXTENDED);
        assertThat(POLICY.status(c, d(2027, 7, 14))).isEqualTo(CertificateStatus.EXTENDED);
        assertThat(POLICY.status(c, d(2027, 7, 15))).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(POLICY.lastDayInForce(c)).isEqualTo(d(2027, 7, 14));
        // without a re-evaluation in progress: expired the day after
        assertThat(POLICY.status(c.withReevaluationInProgress(false), d(2027, 1, 16)))
                .isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void extensionConditionIsExplicit() {
        // issued under 26/2026 with a usable window: no extension by default
        CertificateFacts late = new CertificateFacts(d(2026, 7, 1), d(2029, 7, 1), Regime.DECREE_26, null, null, true);
        assertThat(POLICY.status(late, d(2029, 7, 2))).isEqualTo(CertificateStatus.EXPIRED);
        var any = new CertificateStatusPolicy(RenewalWindow.DECREE_26, new TransitionalExtension(
                Condition.ANY_REEVALUATION, 180, TransitionalExtension.DECREE_26_EFFECTIVE, false));
        assertThat(any.status(late, d(2029, 7, 2))).isEqualTo(CertificateStatus.EXTENDED);
        // window closed before 22/05/2026 (could not be used under the new rules): extended
        CertificateFacts missed = new CertificateFacts(d(2023, 8, 1), d(2026, 8, 1), Regime.LEGACY_148_1489, null,
                null, true);
        assertThat(POLICY.status(missed, d(2026, 8, 2))).isEqualTo(CertificateStatus.EXTENDED);
        // already expired before 22/05/2026: not covered unless configured
        CertificateFacts old = new CertificateFacts(d(2023, 3, 1), d(2026, 3, 1), Regime.LEGACY_148_1489, null, null,
                true);
        assertThat(POLICY.status(old, d(2026, 6, 1))).isEqualTo(CertificateStatus.EXPIRED);
        var covering = new CertificateStatusPolicy(RenewalWindow.DECREE_26, new TransitionalExtension(
                Condition.ISSUED_BEFORE_OR_WINDOW_MISSED, 180, TransitionalExtension.DECREE_26_EFFECTIVE, true));
        assertThat(covering.status(old, d(2026, 6, 1))).isEqualTo(CertificateStatus.EXTENDED);
        var never = new CertificateStatusPolicy(RenewalWindow.DECREE_26, new TransitionalExtension(
                Condition.NEVER, 180, TransitionalExtension.DECREE_26_EFFECTIVE, true));
        assertThat(never.status(missed, d(2026, 8, 2))).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void legacyCertificatesStayValidToTheirEndDate() {
        CertificateFacts c = new CertificateFacts(d(2024, 11, 20), d(2027, 11, 20), Regime.LEGACY_148_1489, null,
                null, false);
        assertThat(POLICY.status(c, d(2026, 6, 1))).isEqualTo(CertificateStatus.VALID);
        assertThat(POLICY.status(c, d(2027, 11, 20))).isEqualTo(CertificateStatus.EXPIRING);
        assertThat(POLICY.status(c, d(2027, 11, 21))).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void configurableWindow() {
        RenewalWindow w = new RenewalWindow(90, 30);
        assertThat(w.isOpen(d(2029, 6, 30), d(2029, 4, 1))).isTrue();
        assertThat(w.isOpen(d(2029, 6, 30), d(2029, 3, 31))).isFalse();
        assertThat(w.isOpen(d(2029, 6, 30), d(2029, 5, 31))).isTrue();
        assertThat(w.isOpen(d(2029, 6, 30), d(2029, 6, 1))).isFalse();
    }
}
