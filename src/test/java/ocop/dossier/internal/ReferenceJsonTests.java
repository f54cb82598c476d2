package ocop.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import ocop.dossier.DossierKind;
import ocop.dossier.domain.EvidenceChecklist;
import ocop.dossier.domain.FormCatalog;
import ocop.dossier.domain.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** The shipped reference data reads: the calendar with Tết, the 15 evidence items, the fields of Mẫu 01 and 02. */
class ReferenceJsonTests {

    @Test
    void theCalendarKnowsTetAndTheSwappedSaturday() {
        WorkingDayCalendar calendar = ReferenceJson.calendar(resource("reference/calendar/vn-working-calendar.json"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 11), 15)).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void theChecklistHasFifteenItemsAndTourismNeedsNoTestReports() {
        EvidenceChecklist checklist = ReferenceJson.checklist(resource("reference/dossier/evidence-checklist.json"));
        assertThat(checklist.items()).hasSize(15);
        assertThat(checklist.item("E12").orElseThrow().requiredFor(DossierKind.FIRST, "I.3.d")).isTrue();
        assertThat(checklist.item("E12").orElseThrow().requiredFor(DossierKind.FIRST, "VI.1")).isFalse();
        assertThat(checklist.item("E02").orElseThrow().timeLimited()).isTrue();
    }

    @Test
    void theFormsShowTheRightFieldsPerKind() {
        FormCatalog forms = ReferenceJson.forms(resource("reference/dossier/form-fields.json"));
        assertThat(forms.editable(DossierKind.FIRST, "I.3.d")).extracting(FormCatalog.Field::code)
                .contains("p1.productSpec", "p4.plan", "samples.count").doesNotContain("upgrade.changes", "reeval.output");
        assertThat(forms.editable(DossierKind.REEVALUATION, "I.3.d")).extracting(FormCatalog.Field::code)
                .contains("reeval.rawMaterials", "reeval.periodicTests", "reeval.revenue");
        assertThat(forms.editable(DossierKind.UPGRADE, "VI.1")).extracting(FormCatalog.Field::code)
                .contains("upgrade.changes").doesNotContain("samples.count");
        assertThat(forms.label("m01.group")).startsWith("3.");
        assertThat(forms.field("m01.unit").orElseThrow().registry()).isTrue();
    }

    private static java.io.InputStream resource(String path) {
        return ReferenceJsonTests.class.getClassLoader().getResourceAsStream(path);
    }
}
