package ocop.certification.domain;

import static ocop.certification.domain.RevocationProposalState.DECIDED;
import static ocop.certification.domain.RevocationProposalState.DISCARDED;
import static ocop.certification.domain.RevocationProposalState.DRAFT;
import static ocop.certification.domain.RevocationProposalState.ISSUED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The revocation proposal's moves: issued, discarded, decided; only a draft or an issued one is open. */
class RevocationProposalStateTests {

    @Test
    void draftAndIssuedAreOpen() {
        assertThat(DRAFT.open()).isTrue();
        assertThat(ISSUED.open()).isTrue();
        assertThat(DISCARDED.open()).isFalse();
        assertThat(DECIDED.open()).isFalse();
    }

    @Test
    void everyStateAndEveryMove() {
        assertThat(DRAFT.onIssued()).contains(ISSUED);
        assertThat(DECIDED.onIssued()).contains(DECIDED);
        assertThat(ISSUED.onIssued()).isEmpty();
        assertThat(DISCARDED.onIssued()).isEmpty();

        assertThat(DRAFT.onDiscarded()).contains(DISCARDED);
        assertThat(ISSUED.onDiscarded()).isEmpty();
        assertThat(DECIDED.onDiscarded()).isEmpty();
        assertThat(DISCARDED.onDiscarded()).isEmpty();

        assertThat(DRAFT.onDecided()).contains(DECIDED);
        assertThat(ISSUED.onDecided()).contains(DECIDED);
        assertThat(DECIDED.onDecided()).isEmpty();
        assertThat(DISCARDED.onDecided()).isEmpty();
    }
}
