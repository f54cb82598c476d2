package ocop.inspection.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ocop.certification.CertificateStatus;
import org.junit.jupiter.api.Test;

/** {@link LogoAfterExpiryRule}: the latest visit, the certificate's status and the day the mark had to go. */
class LogoAfterExpiryRuleTests {

    private static final LocalDate ISSUED = LocalDate.of(2022, 9, 15);
    private static final LocalDate UNTIL = LocalDate.of(2025, 9, 15);

    private static CertificateStanding cert(CertificateStatus status) {
        return new CertificateStanding(1, 7, status, ISSUED, UNTIL);
    }

    private static LogoCheck misused(long visit, LocalDate on) {
        return new LogoCheck(visit, 7, on, List.of("LOGO.2"), List.of());
    }

    private static LogoCheck clean(long visit, LocalDate on) {
        return new LogoCheck(visit, 7, on, List.of(), List.of());
    }

    @Test
    void anItemNotMetOrAFindingOnTheSectionIsAMisuse() {
        assertThat(misused(1, UNTIL).markMisused()).isTrue();
        assertThat(new LogoCheck(1, 7, UNTIL, List.of(), List.of("Bao bì còn in biểu trưng")).markMisused()).isTrue();
        assertThat(clean(1, UNTIL).markMisused()).isFalse();
    }

    @Test
    void anExpiredCertificateEndsTheMarkTheDayAfterItsLastValidDay() {
        CertificateStanding expired = cert(CertificateStatus.EXPIRED);
        assertThat(LogoAfterExpiryRule.markEndedOn(expired, null)).contains(LocalDate.of(2025, 9, 16));
        assertThat(LogoAfterExpiryRule.applies(expired, null, misused(1, LocalDate.of(2025, 9, 16)))).isTrue();
        assertThat(LogoAfterExpiryRule.applies(expired, null, misused(1, UNTIL)))
                .as("seen on its last valid day: the mark was still allowed").isFalse();
        assertThat(LogoAfterExpiryRule.applies(expired, null, clean(1, LocalDate.of(2026, 11, 1)))).isFalse();
        assertThat(LogoAfterExpiryRule.applies(expired, null, null)).as("never visited").isFalse();
        assertThat(LogoAfterExpiryRule.dueOn(expired, null)).as("counts like the certificate rows").contains(UNTIL);
    }

    @Test
    void aRevokedCertificateEndsTheMarkOnItsRevocationDay() {
        CertificateStanding revoked = cert(CertificateStatus.REVOKED);
        LocalDate revokedOn = LocalDate.of(2024, 5, 10);
        assertThat(LogoAfterExpiryRule.markEndedOn(revoked, revokedOn)).contains(revokedOn);
        assertThat(LogoAfterExpiryRule.applies(revoked, revokedOn, misused(1, revokedOn))).isTrue();
        assertThat(LogoAfterExpiryRule.applies(revoked, revokedOn, misused(1, revokedOn.minusDays(1)))).isFalse();
        assertThat(LogoAfterExpiryRule.dueOn(revoked, revokedOn)).contains(revokedOn);
        assertThat(LogoAfterExpiryRule.markEndedOn(revoked, null)).as("revocation day not recorded").contains(ISSUED);
    }

    @Test
    void aCertificateInForceExtendedOrSupersededLetsTheMarkBeUsed() {
        LocalDate later = LocalDate.of(2026, 11, 1);
        for (CertificateStatus status : List.of(CertificateStatus.VALID, CertificateStatus.RENEWAL_WINDOW,
                CertificateStatus.EXPIRING, CertificateStatus.EXTENDED, CertificateStatus.SUPERSEDED)) {
            assertThat(LogoAfterExpiryRule.markEndedOn(cert(status), null)).as(status.name()).isEmpty();
            assertThat(LogoAfterExpiryRule.applies(cert(status), null, misused(1, later))).as(status.name()).isFalse();
            assertThat(LogoAfterExpiryRule.dueOn(cert(status), null)).as(status.name()).isEmpty();
        }
    }

    @Test
    void theLatestVisitOfEachProductDecidesByDayThenByTheVisitRecordedLast() {
        LogoCheck older = misused(10, LocalDate.of(2026, 10, 1));
        LogoCheck sameDayFirst = misused(11, LocalDate.of(2026, 11, 5));
        LogoCheck sameDayLast = clean(12, LocalDate.of(2026, 11, 5));
        LogoCheck otherProduct = new LogoCheck(20, 8, LocalDate.of(2026, 1, 1), List.of("LOGO.1"), List.of());

        Map<Long, LogoCheck> latest = LogoAfterExpiryRule.latest(List.of(sameDayLast, older, sameDayFirst,
                otherProduct));

        assertThat(latest).containsOnlyKeys(7L, 8L);
        assertThat(latest.get(7L)).isEqualTo(sameDayLast);
        assertThat(LogoAfterExpiryRule.applies(cert(CertificateStatus.EXPIRED), null, latest.get(7L)))
                .as("a later visit found the labels in order").isFalse();
        assertThat(latest.get(8L)).isEqualTo(otherProduct);
    }
}
