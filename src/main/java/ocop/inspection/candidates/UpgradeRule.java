package ocop.inspection.candidates;

import java.util.Optional;

/**
 * Quy tắc "có thể nâng hạng" (who goes on the upgrade list): a product with a certificate in force, whose latest
 * self-assessment is completed, not disqualified and classed by the engine at the certificate's class, and whose
 * total is at most {@code margin} points below the lower bound of the next class — that bound is the engine's (its
 * gap to the next class), never a constant here. The top class has no next class, so a 5★ product never qualifies.
 * A self-assessment classed above the certificate qualifies at once (0 points to go); one classed below it does not
 * (that is a matter for inspection, not for an upgrade).
 *
 * @param margin points below the next class's lower bound still counted as close (setting
 *               {@code ocop.inspection.candidates.upgrade-margin}, default 10)
 */
public record UpgradeRule(int margin) {

    public UpgradeRule {
        if (margin < 0) {
            throw new IllegalArgumentException("upgrade-margin must be 0 or more: " + margin);
        }
    }

    public Optional<UpgradeGap> gap(int certifiedStars, SelfAssessed assessment) {
        if (assessment == null || !assessment.completed() || assessment.disqualified()) {
            return Optional.empty();
        }
        if (assessment.stars() > certifiedStars) {
            return Optional.of(new UpgradeGap(certifiedStars + 1, null, 0, true));
        }
        if (assessment.stars() < certifiedStars || assessment.nextStars() == null
                || assessment.nextThreshold() == null || assessment.nextStars() != certifiedStars + 1) {
            return Optional.empty();
        }
        int points = Math.max(0, assessment.nextThreshold() - assessment.total());
        return points <= margin
                ? Optional.of(new UpgradeGap(assessment.nextStars(), assessment.nextThreshold(), points, false))
                : Optional.empty();
    }
}
