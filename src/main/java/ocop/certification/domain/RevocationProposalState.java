package ocop.certification.domain;

import java.util.Optional;

/**
 * Tình trạng đề nghị thu hồi (the state of the ward's revocation proposal, Điều 8.1.đ and 8.4) and its moves:
 * {@code DRAFT} (the công văn is drafted) → {@code ISSUED} when the leader issues it (its date starts the 15 days of
 * Điều 8.4) → {@code DECIDED} when the revocation decision is recorded; a draft may instead be {@code DISCARDED}
 * (its document discarded) or {@code DECIDED} (decided before it was issued). A certificate has at most one
 * {@linkplain #open() open} proposal.
 */
public enum RevocationProposalState {
    /** Dự thảo, chờ lãnh đạo ban hành. */
    DRAFT,
    /** Đã ban hành: the commune's confirmation exists, the competent authority must decide within 15 days. */
    ISSUED,
    /** Dự thảo đã hủy. */
    DISCARDED,
    /** Đã có quyết định thu hồi. */
    DECIDED;

    /** Whether it still blocks a second proposal for the certificate: a draft or an issued one. */
    public boolean open() {
        return this == DRAFT || this == ISSUED;
    }

    /**
     * The state after the proposal's document is issued: a draft becomes ISSUED; one decided while still a draft stays
     * DECIDED (only its number and date are recorded); otherwise no move.
     */
    public Optional<RevocationProposalState> onIssued() {
        return switch (this) {
            case DRAFT -> Optional.of(ISSUED);
            case DECIDED -> Optional.of(DECIDED);
            default -> Optional.empty();
        };
    }

    /** The state after its draft document is discarded: only a draft moves, to DISCARDED. */
    public Optional<RevocationProposalState> onDiscarded() {
        return this == DRAFT ? Optional.of(DISCARDED) : Optional.empty();
    }

    /** The state after the certificate's revocation is recorded: an open proposal becomes DECIDED. */
    public Optional<RevocationProposalState> onDecided() {
        return open() ? Optional.of(DECIDED) : Optional.empty();
    }
}
