package ocop.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import ocop.OcopIntegrationTest;
import ocop.access.AuditTrail;
import ocop.access.UserAccounts;
import ocop.system.ConflictException;
import ocop.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The phone's form saves drafts: a save resent after a dropped connection changes nothing; another session is checked. */
@OcopIntegrationTest
class DraftResubmissionTests {

    @Autowired
    InspectionApi api;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    Clock clock;

    @Test
    void aResentSaveIsAppliedOnceAndAnotherSessionNeedsTheCurrentVersion() {
        InspectionFixtures fx = new InspectionFixtures(accounts, jdbc);
        long pepper = fx.product("Tiêu đen Bảo Quang");
        VisitView visit = fx.as("canbo", () -> api.startVisit(new StartVisitInput(null, null, pepper,
                AdHocReason.COMPLAINT, "Đơn phản ánh 12/2026", LocalDate.now(clock), List.of())));
        assertThat(visit.reason()).isEqualTo(AdHocReason.COMPLAINT);
        assertThat(visit.inspectors()).extracting(Inspector::name).containsExactly("Lê Thị Cán (minh họa)");

        DraftInput first = new DraftInput("phone-A", 1,
                List.of(new DraftInput.AnswerInput("SX.1", Answer.MEETS, "Đang sản xuất")), visit.version());
        VisitView saved = fx.as("canbo", () -> api.saveDraft(visit.id(), first));
        int auditsAfterFirst = audit.history("inspection_visit", visit.id()).size();
        VisitView resent = fx.as("canbo", () -> api.saveDraft(visit.id(), first));
        assertThat(resent.version()).isEqualTo(saved.version());
        assertThat(resent.clientDraftId()).isEqualTo("phone-A");
        assertThat(resent.clientDraftVersion()).isEqualTo(1);
        assertThat(audit.history("inspection_visit", visit.id())).hasSize(auditsAfterFirst);

        VisitView second = fx.as("canbo", () -> api.saveDraft(visit.id(), new DraftInput("phone-A", 2,
                List.of(new DraftInput.AnswerInput("SX.1", Answer.NOT_MEETS, "Tạm ngừng")), null)));
        assertThat(answer(second, "SX.1")).isEqualTo(Answer.NOT_MEETS);
        VisitView lateFirst = fx.as("canbo", () -> api.saveDraft(visit.id(), first));
        assertThat(answer(lateFirst, "SX.1")).isEqualTo(Answer.NOT_MEETS);
        assertThat(lateFirst.version()).isEqualTo(second.version());

        assertThatThrownBy(() -> fx.as("canbo", () -> api.saveDraft(visit.id(), new DraftInput("laptop-B", 1,
                List.of(new DraftInput.AnswerInput("SX.2", Answer.MEETS, null)), visit.version()))))
                .isInstanceOf(ConflictException.class);
        VisitView other = fx.as("canbo", () -> api.saveDraft(visit.id(), new DraftInput("laptop-B", 1,
                List.of(new DraftInput.AnswerInput("SX.2", Answer.MEETS, null)), second.version())));
        assertThat(answer(other, "SX.2")).isEqualTo(Answer.MEETS);
        assertThat(answer(other, "SX.1")).isEqualTo(Answer.NOT_MEETS);

        assertThatThrownBy(() -> fx.as("canbo", () -> api.saveDraft(visit.id(), new DraftInput("laptop-B", 2,
                List.of(new DraftInput.AnswerInput("KHONG-CO", Answer.MEETS, null)), null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(InspectionFixtures.fields(e))
                        .containsExactly("answers[0].itemCode"));
        assertThat(jdbc.sql("SELECT count(*) FROM inspection.visit_item WHERE visit_id = :v AND answer IS NOT NULL")
                .param("v", visit.id()).query(Integer.class).single()).isEqualTo(2);
    }

    private static Answer answer(VisitView v, String code) {
        return v.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow().answer();
    }
}
