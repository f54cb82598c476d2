package ocop.inspection.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import ocop.certification.CertificateStatus;
import org.junit.jupiter.api.Test;

/** {@link AtRiskRule} on hand-made certificates, with 210 days as "soon". */
class AtRiskRuleTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private final AtRiskRule rule = new AtRiskRule(210);

    private static CertificateStanding cert(long id, CertificateStatus status, LocalDate issued, LocalDate until) {
        return new CertificateStanding(id, 7, status, issued, until);
    }

    @Test
    void aValidCertificateIsAtRiskFromTheConfiguredNumberOfDaysBeforeItsEnd() {
        var edge = cert(1, CertificateStatus.VALID, LocalDate.of(2024, 6, 27), TODAY.plusDays(210));
        var dayBefore = cert(2, CertificateStatus.VALID, LocalDate.of(2024, 6, 28), TODAY.plusDays(211));
        assertThat(rule.reason(edge, false, TODAY)).contains(AtRiskReason.CERTIFICATE_EXPIRING);
        assertThat(rule.reason(dayBefore, false, TODAY)).isEmpty();
        assertThat(AtRiskRule.daysLeft(edge, TODAY)).isEqualTo(210);
    }

    @Test
    void theWindowAndTheMonthsAfterItAreAtRiskUntilAReevaluationIsFiled() {
        var window = cert(1, CertificateStatus.RENEWAL_WINDOW, LocalDate.of(2024, 3, 1), TODAY.plusDays(150));
        var expiring = cert(2, CertificateStatus.EXPIRING, LocalDate.of(2023, 12, 18), LocalDate.of(2026, 12, 18));
        assertThat(rule.reason(window, false, TODAY)).contains(AtRiskReason.CERTIFICATE_EXPIRING);
        assertThat(rule.reason(expiring, false, TODAY)).contains(AtRiskReason.CERTIFICATE_EXPIRING);
        assertThat(AtRiskRule.daysLeft(expiring, TODAY)).isEqualTo(19);
        assertThat(rule.reason(window, true, TODAY)).isEmpty();
        assertThat(rule.reason(expiring, true, TODAY)).isEmpty();
    }

    @Test
    void expiredAndExtendedWithoutAReevaluationAreAtRiskRevokedAndSupersededAreNot() {
        var expired = cert(1, CertificateStatus.EXPIRED, LocalDate.of(2022, 9, 15), LocalDate.of(2025, 9, 15));
        assertThat(rule.reason(expired, false, TODAY)).contains(AtRiskReason.CERTIFICATE_EXPIRED);
        assertThat(rule.reason(expired, true, TODAY)).isEmpty();
        assertThat(AtRiskRule.daysLeft(expired, TODAY)).isEqualTo(-440);
        var extended = cert(2, CertificateStatus.EXTENDED, LocalDate.of(2023, 9, 1), TODAY.minusDays(10));
        assertThat(rule.reason(extended, false, TODAY)).contains(AtRiskReason.CERTIFICATE_EXTENDED);
        assertThat(rule.reason(cert(3, CertificateStatus.REVOKED, TODAY.minusYears(1), TODAY.plusDays(5)), false,
                TODAY)).isEmpty();
        assertThat(rule.reason(cert(4, CertificateStatus.SUPERSEDED, TODAY.minusYears(2), TODAY.plusDays(5)), false,
                TODAY)).isEmpty();
    }

    @Test
    void theCurrentCertificateIsTheLongestInForceOrElseTheLatestIssued() {
        var old = cert(1, CertificateStatus.EXPIRED, LocalDate.of(2020, 1, 1), LocalDate.of(2023, 1, 1));
        var expiring = cert(2, CertificateStatus.EXPIRING, LocalDate.of(2023, 12, 18), LocalDate.of(2026, 12, 18));
        var valid = cert(3, CertificateStatus.VALID, LocalDate.of(2025, 1, 1), LocalDate.of(2028, 1, 1));
        assertThat(AtRiskRule.current(List.of(old, expiring, valid))).contains(valid);
        assertThat(AtRiskRule.current(List.of(old, expiring))).contains(expiring);
        var revoked = cert(4, CertificateStatus.REVOKED, LocalDate.of(2024, 5, 6), LocalDate.of(2027, 5, 6));
        assertThat(AtRiskRule.current(List.of(old, revoked))).contains(revoked);
        assertThat(AtRiskRule.current(List.of())).isEmpty();
    }
}
