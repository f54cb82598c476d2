package ocop.criteria.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.SheetStatus;
import ocop.criteria.TestSheets;
import org.junit.jupiter.api.Test;

class SheetSelectorTests {

    private final List<CriteriaSheet> sheets = TestSheets.bundled().sheets();

    private String select(String leaf, String day) {
        return SheetSelector.select(sheets, leaf, LocalDate.parse(day)).map(CriteriaSheet::code).orElse(null);
    }

    @Test
    void theSheetInForceOnTheSubmissionDate() {
        assertThat(select("I.1.a", "2026-05-01")).isEqualTo("QD148-01");
        assertThat(select("I.1.a", "2026-05-21")).isEqualTo("QD148-01");
        assertThat(select("I.1.a", "2026-05-22")).isEqualTo("QD26-01");
        assertThat(select("I.1.a", "2026-06-01")).isEqualTo("QD26-01");
        assertThat(select("I.3.d", "2026-06-01")).isEqualTo("QD26-08");
        assertThat(select("VI.1", "2030-01-01")).isEqualTo("QD26-26");
        assertThat(select("I.3.d", "2026-05-01")).isNull();
        assertThat(select("I.1.a", "2020-01-01")).isNull();
    }

    @Test
    void everyLeafOfTheClassificationHasExactlyOneSheet() {
        for (String leaf : TestSheets.bundled().knownLeaves().get("QD26-2026")) {
            assertThat(sheets.stream().filter(s -> s.classificationVersion().equals("QD26-2026")
                    && s.appliesTo().contains(leaf))).as(leaf).hasSize(1);
        }
    }

    @Test
    void theClassificationVersionCanNarrowTheChoice() {
        assertThat(SheetSelector.select(sheets, "QD148-2023", "I.1.a", LocalDate.parse("2026-06-01")))
                .map(CriteriaSheet::code).contains("QD148-01");
    }

    @Test
    void draftsAreNeverChosenAndNewerVersionsWin() {
        CriteriaSheet official = TestSheets.bundled("QD26-01");
        List<CriteriaSheet> withDrafts = new ArrayList<>(sheets);
        withDrafts.add(copy(official, 2, LocalDate.parse("2026-06-01"), SheetStatus.DRAFT));
        assertThat(SheetSelector.select(withDrafts, "I.1.a", LocalDate.parse("2026-07-01")))
                .map(CriteriaSheet::version).contains(1);
        withDrafts.add(copy(official, 3, LocalDate.parse("2026-06-01"), SheetStatus.OFFICIAL));
        assertThat(SheetSelector.select(withDrafts, "I.1.a", LocalDate.parse("2026-07-01")))
                .map(CriteriaSheet::version).contains(3);
        assertThat(SheetSelector.select(withDrafts, "I.1.a", LocalDate.parse("2026-05-30")))
                .map(CriteriaSheet::version).contains(1);
    }

    private static CriteriaSheet copy(CriteriaSheet s, int version, LocalDate from, SheetStatus status) {
        return new CriteriaSheet(s.code(), version, s.decision(), s.name(), s.header(), from, s.effectiveUntil(),
                status, s.checkedAgainstSignedText(), s.source(), s.classificationVersion(), s.appliesTo(),
                s.disqualifiedWhen(), s.disqualifications(), s.notes(), s.parts(), s.corrections());
    }
}
