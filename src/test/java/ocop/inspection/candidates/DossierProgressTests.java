package ocop.inspection.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import ocop.dossier.DossierStatus;
import org.junit.jupiter.api.Test;

/** {@link DossierProgress}: filed and undecided, for every dossier state. */
class DossierProgressTests {

    @Test
    void onlyDossiersHandedToTheWardAndNotDecidedAreInProgress() {
        assertThat(Arrays.stream(DossierStatus.values()).filter(DossierProgress::filed)).containsExactlyInAnyOrder(
                DossierStatus.SUBMITTED, DossierStatus.RETURNED, DossierStatus.RESUBMITTED,
                DossierStatus.WARD_ASSESSMENT, DossierStatus.REPORT_ISSUED, DossierStatus.SENT_TO_PROVINCE,
                DossierStatus.PROPOSED_TO_MINISTRY);
    }
}
