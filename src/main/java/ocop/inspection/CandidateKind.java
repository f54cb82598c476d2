package ocop.inspection;

import java.util.Arrays;
import java.util.Optional;

/**
 * Danh sách rà soát (which candidate list): its address segment ({@code ready}, {@code upgrade}, {@code at-risk}) and
 * its Vietnamese name.
 */
public enum CandidateKind {
    /** Sẵn sàng đánh giá: not ranked, latest self-assessment 3★ or more with every 3★ mark met, not disqualified. */
    READY("ready", "Sẵn sàng đánh giá"),
    /** Có thể nâng hạng: ranked below 5★, within the configured margin of the next class. */
    UPGRADE("upgrade", "Có thể nâng hạng"),
    /** Cần chú ý: certificates expiring soon or out of force, and what the other sources add. */
    AT_RISK("at-risk", "Cần chú ý");

    private final String slug;
    private final String label;

    CandidateKind(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    /** The address segment, e.g. {@code at-risk}. */
    public String slug() {
        return slug;
    }

    /** The Vietnamese name of the list. */
    public String label() {
        return label;
    }

    /** The list with this address segment, if any. */
    public static Optional<CandidateKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
