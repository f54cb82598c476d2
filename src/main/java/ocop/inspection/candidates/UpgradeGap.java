package ocop.inspection.candidates;

/**
 * Khoảng cách tới hạng trên (how far a ranked product is from the next class).
 *
 * @param targetStars       the next class above the certificate
 * @param threshold         its lowest total as the engine gives it, or null when already reached
 * @param pointsToThreshold points missing to it (0 when only minimum requirements are missing, or reached)
 * @param alreadyReached    the self-assessment already classes above the certificate
 */
public record UpgradeGap(int targetStars, Integer threshold, int pointsToThreshold, boolean alreadyReached) {
}
