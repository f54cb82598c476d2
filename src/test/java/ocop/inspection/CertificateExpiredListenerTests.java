package ocop.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import ocop.OcopIntegrationTest;
import ocop.access.UserAccounts;
import ocop.certification.CertificateExpired;
import ocop.system.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** An expired certificate raises one ad-hoc inspection of its product, however often the event comes. */
@OcopIntegrationTest
class CertificateExpiredListenerTests {

    @Autowired
    InspectionApi api;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void oneRequestPerCertificateRaisedByTheSystemAndVisitedOnce() {
        InspectionFixtures fx = new InspectionFixtures(accounts, jdbc);
        long honey = fx.product(InspectionFixtures.HONEY);
        long certificate = ThreadLocalRandom.current().nextLong(50_000_000, 60_000_000);
        CertificateExpired event = new CertificateExpired(certificate, honey, "26080", LocalDate.of(2026, 12, 19));
        tx.executeWithoutResult(s -> events.publishEvent(event));
        tx.executeWithoutResult(s -> events.publishEvent(event));
        events.publishEvent(event);

        var rows = jdbc.sql("SELECT id, raised_by, product_id, unit_code, province_code FROM inspection.adhoc_request "
                + "WHERE reason = 'EXPIRED_CERTIFICATE' AND source_ref = :c")
                .param("c", Long.toString(certificate)).query().listOfRows();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("raised_by")).isNull();
        assertThat(rows.get(0).get("province_code")).isEqualTo("75");
        long requestId = ((Number) rows.get(0).get("id")).longValue();

        assertThat(fx.as("canbo", api::waitingRequests)).filteredOn(r -> r.id() == requestId).singleElement()
                .satisfies(r -> {
                    assertThat(r.reason()).isEqualTo(AdHocReason.EXPIRED_CERTIFICATE);
                    assertThat(r.productName()).isEqualTo(InspectionFixtures.HONEY);
                    assertThat(r.note()).contains("19/12/2026");
                });
        assertThat(fx.as("canbobv", api::waitingRequests)).extracting(AdHocRequestView::id).doesNotContain(requestId);
        assertThat(fx.as("canbo", () -> api.today(LocalDate.now(clock))).waitingRequests())
                .extracting(AdHocRequestView::id).contains(requestId);

        VisitView visit = fx.as("canbo", () -> api.startVisit(StartVisitInput.fromRequest(requestId, null)));
        assertThat(visit.reason()).isEqualTo(AdHocReason.EXPIRED_CERTIFICATE);
        assertThat(visit.sourceRef()).isEqualTo(Long.toString(certificate));
        assertThat(visit.adHocRequestId()).isEqualTo(requestId);
        assertThat(fx.as("canbo", api::waitingRequests)).extracting(AdHocRequestView::id).doesNotContain(requestId);
        assertThatThrownBy(() -> fx.as("canbo", () -> api.startVisit(StartVisitInput.fromRequest(requestId, null))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anOfficerRaisesARequestWithItsSourceNamed() {
        InspectionFixtures fx = new InspectionFixtures(accounts, jdbc);
        long pepper = fx.product("Tiêu đen Bảo Quang");
        assertThatThrownBy(() -> fx.as("canbo", () -> api.raiseAdHoc(new AdHocInput(pepper, AdHocReason.COMPLAINT,
                " ", null)))).isInstanceOfSatisfying(ocop.system.InvalidInputException.class,
                        e -> assertThat(InspectionFixtures.fields(e)).containsExactly("sourceRef"));
        assertThatThrownBy(() -> fx.as("canbo", () -> api.raiseAdHoc(new AdHocInput(pepper,
                AdHocReason.EXPIRED_CERTIFICATE, "999999999", null))))
                .isInstanceOfSatisfying(ocop.system.InvalidInputException.class,
                        e -> assertThat(InspectionFixtures.fields(e)).containsExactly("sourceRef"));
        AdHocRequestView raised = fx.as("canbo", () -> api.raiseAdHoc(new AdHocInput(pepper, AdHocReason.COMPLAINT,
                "Đơn phản ánh số 7", "Nghi bao bì ghi sai hạng sao")));
        assertThat(raised.raisedBy()).isEqualTo("canbo");
        assertThat(raised.visitId()).isNull();
        assertThatThrownBy(() -> fx.as("lanhdao", () -> api.raiseAdHoc(new AdHocInput(pepper, AdHocReason.OTHER,
                null, null)))).isInstanceOf(ocop.system.ForbiddenException.class);
    }
}
