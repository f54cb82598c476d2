package ocop.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import ocop.certification.CertificateStatus;
import org.junit.jupiter.api.Test;

/** Which certificates a renewal notice may name: from 210 days before expiry to the window's last day (Điều 7.6.a). */
class RenewalNoticePolicyTests {

    private static final RenewalNoticePolicy POLICY = RenewalNoticePolicy.DECREE_26;
    private static final CertificateStatusPolicy STATUS = CertificateStatusPolicy.DECREE_26;
    private static final LocalDate UNTIL = LocalDate.of(2028, 2, 29);

    private boolean due(LocalDate today) {
        CertificateStatus s = STATUS.status(CertificateFacts.of(UNTIL.minusYears(3), UNTIL), today);
        return POLICY.due(s, UNTIL, today);
    }

    @Test
    void dueFromTheFirstNoticeDayToTheLastDayToFile() {
        assertThat(POLICY.firstNoticeDay(UNTIL)).isEqualTo(UNTIL.minusDays(210));
        assertThat(due(UNTIL.minusDays(211))).isFalse();
        assertThat(due(UNTIL.minusDays(210))).isTrue();
        assertThat(due(UNTIL.minusDays(180))).isTrue();
        assertThat(due(UNTIL.minusDays(120))).isTrue();
        assertThat(due(UNTIL.minusDays(119))).isFalse();
        assertThat(due(UNTIL.plusDays(1))).isFalse();
    }

    @Test
    void theRefusalSaysWhyInVietnamese() {
        assertThat(POLICY.refusal(CertificateStatus.VALID, UNTIL, UNTIL.minusDays(400))).get().asString()
                .contains("chưa đến thời hạn", "02/09/2027", "03/08/2027");
        assertThat(POLICY.refusal(CertificateStatus.EXPIRING, UNTIL, UNTIL.minusDays(100))).get().asString()
                .contains("đã quá hạn cuối", "01/11/2027");
        assertThat(POLICY.refusal(CertificateStatus.REVOKED, UNTIL, UNTIL.minusDays(150))).get().asString()
                .contains("đã thu hồi");
        assertThat(POLICY.refusal(CertificateStatus.RENEWAL_WINDOW, UNTIL, UNTIL.minusDays(150))).isEmpty();
    }

    @Test
    void theLeadCannotStartInsideTheWindow() {
        assertThatThrownBy(() -> new RenewalNoticePolicy(RenewalWindow.DECREE_26, 150))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new RenewalNoticePolicy(RenewalWindow.DECREE_26, 180).firstNoticeDay(UNTIL))
                .isEqualTo(UNTIL.minusDays(180));
    }
}
