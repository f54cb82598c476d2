package ocop.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ocop.inspection.domain.DraftSaves.Decision;
import org.junit.jupiter.api.Test;

/** A resent save is replayed, a later one applies, another session needs the version it read. */
class DraftSavesTests {

    @Test
    void theSameSessionIsOrderedByItsSaveCount() {
        assertThat(DraftSaves.decide("a", 3, 7, "a", 3, null)).isEqualTo(Decision.REPLAY);
        assertThat(DraftSaves.decide("a", 3, 7, "a", 2, 1)).isEqualTo(Decision.REPLAY);
        assertThat(DraftSaves.decide("a", 3, 7, "a", 4, null)).isEqualTo(Decision.APPLY);
    }

    @Test
    void anotherSessionAppliesOnlyOnTheCurrentVersion() {
        assertThat(DraftSaves.decide("a", 3, 7, "b", 1, 7)).isEqualTo(Decision.APPLY);
        assertThat(DraftSaves.decide("a", 3, 7, "b", 1, 6)).isEqualTo(Decision.STALE);
        assertThat(DraftSaves.decide("a", 3, 7, "b", 1, null)).isEqualTo(Decision.STALE);
        assertThat(DraftSaves.decide(null, 0, 0, "b", 1, 0)).isEqualTo(Decision.APPLY);
    }
}
