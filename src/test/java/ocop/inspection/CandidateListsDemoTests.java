package ocop.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ocop.OcopIntegrationTest;
import ocop.access.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The three lists against the demo data of phường Long Khánh, computed by hand from the demo catalogue
 * (ocop.demo DemoCatalogue: star history), the demo certificates (certification DemoCertificates: one certificate per
 * recognition, valid 36 months from the decision date; Tiêu đen Bảo Quang revoked), the demo dossiers (dossier
 * DemoDossiers: Cordyceps has a re-evaluation dossier still in DRAFT; Lan hồ điệp is carried to 3★ on start-up) and
 * the demo self-assessments (criteria DemoSelfAssessments, all completed by canbo). Today is the clock's date; the
 * certificates whose state changes with it are computed from their dates below.
 *
 * <p>Only these demo products are asserted: "Giò chả" and "Sầu riêng Ri6" are left out on purpose, because other test
 * classes change them in the shared database (SelfAssessmentApiTests completes and re-drafts Giò chả's
 * self-assessment; PublicCheckTests, LifecycleJobsTests, RevocationTests and CertificateImportTests give both of them
 * certificates).
 */
@OcopIntegrationTest
class CandidateListsDemoTests {

    static final String CORDYCEPS = "Nấm Đông trùng Hạ thảo Cordyceps Minh Khôi";
    static final String CHOM_CHOM = "Chôm chôm Long Khánh";
    static final String CA_PHE = "Cà phê rang xay Bàu Trâm";
    static final String MAT_ONG = "Mật ong hoa cà phê";
    static final String TIEU = "Tiêu đen Bảo Quang";
    static final String RUOU = "Rượu vang chôm chôm";
    static final String GIO_MAY = "Giỏ mây đan thủ công";
    static final String LAN = "Lan hồ điệp Xuân An";
    static final String DU_LICH = "Du lịch vườn trái cây Long Khánh";
    static final String BANH_TRANG = "Bánh tráng phơi sương";
    static final Set<String> STABLE = Set.of(CORDYCEPS, CHOM_CHOM, CA_PHE, MAT_ONG, TIEU, RUOU, GIO_MAY, LAN, DU_LICH,
            BANH_TRANG);

    @Autowired
    CandidateLists lists;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Clock clock;

    static <T extends Candidate> Map<String, T> stable(List<T> rows) {
        return rows.stream().filter(r -> STABLE.contains(r.productName()))
                .collect(Collectors.toMap(Candidate::productName, Function.identity()));
    }

    /**
     * Ready. Chôm chôm Long Khánh: certificate 0871/QĐ-UBND of 10/03/2023 ended 10/03/2026 (EXPIRED, none in force),
     * no dossier, self-assessment 66 points with every 3★ mark met → 3★ → ready, previous stars 3. Cà phê rang xay
     * Bàu Trâm: expired too, but its 74 points miss a 3★ mark → 2★ → not ready. Every other stable product either
     * holds a certificate in force (Mật ong until 18/12/2026, Rượu vang, Giỏ mây, Du lịch, Lan), is revoked (Tiêu đen)
     * or has no self-assessment (Cordyceps); Bánh tráng belongs to phường Bảo Vinh.
     */
    @Test
    void readyHoldsTheExpiredProductWhoseSelfAssessmentReachesThreeStars() {
        LocalDate today = LocalDate.now(clock);
        Map<String, CandidateReady> ready = stable(accounts.runAs("canbo", () -> lists.ready()));
        assertThat(ready).containsOnlyKeys(CHOM_CHOM);
        CandidateReady chomChom = ready.get(CHOM_CHOM);
        assertThat(chomChom.total()).isEqualTo(66);
        assertThat(chomChom.stars()).isEqualTo(3);
        assertThat(chomChom.previousStars()).isEqualTo(3);
        assertThat(chomChom.neighbourhood()).isEqualTo("Khu phố 3");
        assertThat(chomChom.producerName()).isEqualTo("Hợp tác xã Nông nghiệp Chôm chôm Xuân Hòa (minh họa)");
        assertThat(chomChom.assessedOn()).isNotNull().isBeforeOrEqualTo(today);
        assertThat(chomChom.unitCode()).isEqualTo("26080");
    }

    /**
     * Upgrade (margin 10, bounds from the engine: 4★ from 70, 5★ from 90). Giỏ mây (3★, legacy certificate valid to
     * 20/11/2027): 64 points → 70 − 64 = 6 → in, with the engine's upgrades. Du lịch vườn (3★ to 02/10/2028): 60
     * points → 10, exactly the margin → in. Rượu vang (4★ to 30/06/2028): 76 points → 90 − 76 = 14 → out. Mật ong and
     * Lan have no self-assessment; Tiêu đen is revoked; Chôm chôm, Cà phê and Cordyceps have no certificate in force.
     */
    @Test
    void upgradeHoldsTheRankedProductsWithinTenPointsOfTheNextClass() {
        List<CandidateUpgrade> all = accounts.runAs("canbo", () -> lists.upgrade());
        Map<String, CandidateUpgrade> upgrade = stable(all);
        assertThat(upgrade).containsOnlyKeys(GIO_MAY, DU_LICH);
        CandidateUpgrade gioMay = upgrade.get(GIO_MAY);
        assertThat(gioMay.certifiedStars()).isEqualTo(3);
        assertThat(gioMay.selfAssessedTotal()).isEqualTo(64);
        assertThat(gioMay.targetStars()).isEqualTo(4);
        assertThat(gioMay.threshold()).isEqualTo(70);
        assertThat(gioMay.pointsToThreshold()).isEqualTo(6);
        assertThat(gioMay.suggestions()).isNotEmpty();
        assertThat(gioMay.suggestions().stream().mapToInt(s -> s.pointsGained()).sum()).isGreaterThanOrEqualTo(6);
        assertThat(gioMay.certificateNumber()).isEqualTo("GCN-MH/0999/QĐ-UBND");
        assertThat(gioMay.validUntil()).isEqualTo(LocalDate.of(2027, 11, 20));
        assertThat(gioMay.note()).as("a VALID certificate may open an upgrade dossier itself").isNull();
        CandidateUpgrade duLich = upgrade.get(DU_LICH);
        assertThat(duLich.pointsToThreshold()).isEqualTo(10);
        assertThat(duLich.threshold()).isEqualTo(70);
        assertThat(all.indexOf(gioMay)).isLessThan(all.indexOf(duLich));
    }

    /**
     * At risk, by each certificate's dates against today (none of them has a re-evaluation filed):
     * Cordyceps ended 15/09/2025, Chôm chôm 10/03/2026, Cà phê 25/08/2026 — all EXPIRED (expired before or without a
     * re-evaluation, so no Điều 12.3 extension); Cordyceps' re-evaluation is only a draft, named in the note. Mật ong
     * ends 18/12/2026: EXPIRING until then, EXPIRED after. Giỏ mây (20/11/2027), Rượu vang (30/06/2028), Du lịch
     * (02/10/2028) join once 210 days or fewer are left; Lan's certificate runs 36 months from start-up; Tiêu đen is
     * revoked, which is not this list's reason. Only the certificate reasons are compared: the demo data has no
     * inspection, but other test classes record visits on these products (AtRiskInspectionSourcesTests covers the
     * inspection reasons on products of its own).
     */
    @Test
    void atRiskHoldsTheExpiredCertificatesAndThoseEndingWithin210Days() {
        LocalDate today = LocalDate.now(clock);
        Map<String, CandidateAtRisk> atRisk = stable(accounts.runAs("canbo", () -> lists.atRisk()).stream()
                .filter(r -> r.reasonCode().startsWith("CERTIFICATE_")).toList());
        Map<String, String> expected = new java.util.HashMap<>(Map.of(CORDYCEPS, "CERTIFICATE_EXPIRED",
                CHOM_CHOM, "CERTIFICATE_EXPIRED", CA_PHE, "CERTIFICATE_EXPIRED"));
        LocalDate matOng = LocalDate.of(2026, 12, 18);
        expected.put(MAT_ONG, today.isAfter(matOng) ? "CERTIFICATE_EXPIRED" : "CERTIFICATE_EXPIRING");
        Map.of(GIO_MAY, LocalDate.of(2027, 11, 20), RUOU, LocalDate.of(2028, 6, 30), DU_LICH,
                LocalDate.of(2028, 10, 2)).forEach((name, until) -> {
                    if (!today.isBefore(until.minusDays(210))) {
                        expected.put(name, today.isAfter(until) ? "CERTIFICATE_EXPIRED" : "CERTIFICATE_EXPIRING");
                    }
                });
        assertThat(atRisk.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().reasonCode()))).isEqualTo(expected);

        CandidateAtRisk cordyceps = atRisk.get(CORDYCEPS);
        assertThat(cordyceps.validUntil()).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(cordyceps.daysLeft()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(today,
                LocalDate.of(2025, 9, 15))).isNegative();
        assertThat(cordyceps.note()).isEqualTo("Đã mở hồ sơ đánh giá, phân hạng lại (nháp), chưa nộp cho phường");
        assertThat(cordyceps.reason()).isEqualTo("Giấy chứng nhận đã hết hiệu lực, sản phẩm có thể vẫn dùng nhãn OCOP");
        assertThat(cordyceps.certificateNumber()).isEqualTo("GCN-MH/2145/QĐ-UBND");
        assertThat(atRisk.get(MAT_ONG).daysLeft()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(today, matOng));
        assertThat(atRisk.get(MAT_ONG).neighbourhood()).isEqualTo("Khu phố 5");
    }

    /** Phường Bảo Vinh sees its own ready product and nothing of Long Khánh; the province sees both wards. */
    @Test
    void eachScopeSeesItsOwnRows() {
        Map<String, CandidateReady> bv = stable(accounts.runAs("canbobv", () -> lists.ready()));
        assertThat(bv).containsOnlyKeys(BANH_TRANG);
        assertThat(bv.get(BANH_TRANG).total()).isEqualTo(58);
        assertThat(bv.get(BANH_TRANG).previousStars()).isNull();
        for (CandidateKind kind : CandidateKind.values()) {
            assertThat(accounts.runAs("canbobv", () -> lists.list(kind))).extracting(Candidate::unitCode)
                    .doesNotContain("26080");
        }
        assertThat(stable(accounts.runAs("tinh", () -> lists.ready()))).containsOnlyKeys(CHOM_CHOM, BANH_TRANG);
        assertThat(stable(accounts.runAs("tinh", () -> lists.upgrade()))).containsOnlyKeys(GIO_MAY, DU_LICH);
        assertThat(accounts.runAs("tinh", () -> lists.counts()).get(CandidateKind.AT_RISK)).isGreaterThanOrEqualTo(4);
    }
}
