package ocop.inspection.internal.candidates;

import ocop.inspection.candidates.AtRiskRule;
import ocop.inspection.candidates.UpgradeRule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Settings of the candidate lists: {@code ocop.inspection.candidates.upgrade-margin} (points below the next class
 * still counted as close, default 10) and {@code ocop.inspection.candidates.expiring-within-days} (a valid
 * certificate with at most this many days left is at risk, default 210).
 */
@Configuration
class CandidateConfiguration {

    @Bean
    UpgradeRule upgradeRule(@Value("${ocop.inspection.candidates.upgrade-margin:10}") int margin) {
        return new UpgradeRule(margin);
    }

    @Bean
    AtRiskRule atRiskRule(@Value("${ocop.inspection.candidates.expiring-within-days:210}") int days) {
        return new AtRiskRule(days);
    }
}
