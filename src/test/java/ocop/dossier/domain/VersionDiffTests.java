package ocop.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What changed between two submitted versions: field by field, evidence added and removed. */
class VersionDiffTests {

    private static final DossierSnapshot.EvidenceRef LABOUR = new DossierSnapshot.EvidenceRef("E05", "ld.pdf", "aa",
            null, null, null, null);
    private static final DossierSnapshot.EvidenceRef LICENCE = new DossierSnapshot.EvidenceRef("E01", "dk.pdf", "bb",
            "UBND", "123", LocalDate.of(2020, 1, 1), null);

    @Test
    void changedAddedAndClearedFieldsAndEvidence() {
        var first = new DossierSnapshot(1, "SUBMIT", LocalDate.of(2027, 3, 1), "hoangduy",
                Map.of("p2.market", "Chợ", "p1.history", "Từ 1990", "p4.plan", "Mở rộng"), List.of(LABOUR, LICENCE));
        var second = new DossierSnapshot(2, "RESUBMIT", LocalDate.of(2027, 3, 9), "hoangduy",
                Map.of("p2.market", "Chợ, 12 đại lý", "p1.history", "Từ 1990", "samples.count", "5"),
                List.of(LICENCE, new DossierSnapshot.EvidenceRef("E05", "ld-2.pdf", "cc", null, null, null, null)));
        var diff = VersionDiff.between(first, second);
        assertThat(diff.fields()).containsExactlyInAnyOrder(
                new VersionDiff.FieldChange("p2.market", "Chợ", "Chợ, 12 đại lý"),
                new VersionDiff.FieldChange("p4.plan", "Mở rộng", null),
                new VersionDiff.FieldChange("samples.count", null, "5"));
        assertThat(diff.added()).extracting(DossierSnapshot.EvidenceRef::fileName).containsExactly("ld-2.pdf");
        assertThat(diff.removed()).containsExactly(LABOUR);
    }

    @Test
    void blankAndMissingAreTheSameAndSameVersionsDifferInNothing() {
        var a = new DossierSnapshot(1, "SUBMIT", null, "x", Map.of("p4.plan", " "), List.of(LICENCE));
        var b = new DossierSnapshot(2, "RESUBMIT", null, "x", Map.of(), List.of(LICENCE));
        assertThat(VersionDiff.between(a, b).isEmpty()).isTrue();
    }
}
