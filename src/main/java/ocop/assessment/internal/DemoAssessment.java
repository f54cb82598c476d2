package ocop.assessment.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import ocop.access.UserAccounts;
import ocop.assessment.domain.ItemFinding;
import ocop.dossier.DossierStatus;
import ocop.dossier.DossierSummary;
import ocop.dossier.ResultInput;
import ocop.dossier.WardItem;
import ocop.registry.ProductView;
import ocop.registry.RegistryApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo assessment (đánh giá minh họa): a demo product's dossier that the ward is assessing is carried to the end
 * — canbo assesses the four items and holds a meeting where vanhoa gives an opinion, the Mẫu 03 report is drafted and
 * lanhdao issues it, the request to the province is drafted and issued, and tinh records a 3★ result (the certificate
 * follows from the certification module). Runs once, after the dossier demo, only when the demo accounts exist, as
 * those people through the modules' APIs, all or nothing. The dossier itself (opened, filled, submitted, received) is
 * the dossier module's: {@code DossierApi} has no way to open one yet, so until a demo dossier waits in
 * {@code WARD_ASSESSMENT} this runner only logs that it had nothing to do, and tries again on the next start.
 */
@Component
@Order(300)
class DemoAssessment implements ApplicationRunner {

    static final String RUN = "demo-assessment";
    private static final Logger log = LoggerFactory.getLogger(DemoAssessment.class);

    private final UserAccounts accounts;
    private final DossierPort dossiers;
    private final RegistryApi registry;
    private final AssessmentService assessments;
    private final MeetingService meetings;
    private final OpinionService opinions;
    private final ReportService reports;
    private final ProvinceRequestService requests;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoAssessment(UserAccounts accounts, DossierPort dossiers, RegistryApi registry, AssessmentService assessments,
                   MeetingService meetings, OpinionService opinions, ReportService reports,
                   ProvinceRequestService requests, JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.accounts = accounts;
        this.dossiers = dossiers;
        this.registry = registry;
        this.assessments = assessments;
        this.meetings = meetings;
        this.opinions = opinions;
        this.reports = reports;
        this.requests = requests;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (List.of("canbo", "lanhdao", "vanhoa", "tinh").stream().anyMatch(u -> accounts.idOf(u).isEmpty())
                || jdbc.sql("SELECT count(*) FROM assessment.run_once WHERE name = :n").param("n", RUN)
                .query(Integer.class).single() > 0) {
            return;
        }
        Optional<DossierSummary> dossier = accounts.runAs("canbo", this::demoDossierBeingAssessed);
        if (dossier.isEmpty()) {
            log.info("Demo assessment not loaded: no demo dossier is being assessed at the ward yet");
            return;
        }
        tx.executeWithoutResult(status -> {
            carryThrough(dossier.get());
            jdbc.sql("INSERT INTO assessment.run_once (name) VALUES (:n)").param("n", RUN).update();
        });
        log.info("Demo assessment loaded: {} (báo cáo Mẫu 03 đã ban hành, tỉnh công nhận 3★)",
                dossier.get().productName());
    }

    private Optional<DossierSummary> demoDossierBeingAssessed() {
        return dossiers.inStates(DossierStatus.WARD_ASSESSMENT).stream()
                .filter(d -> registry.product(d.productId()).map(ProductView::demo).orElse(false))
                .filter(d -> jdbc.sql("SELECT count(*) FROM assessment.ward_assessment WHERE dossier_id = :d")
                        .param("d", d.id()).query(Integer.class).single() == 0)
                .findFirst();
    }

    private void carryThrough(DossierSummary d) {
        long id = d.id();
        LocalDate today = LocalDate.now(clock);
        long meeting = accounts.runAs("canbo", () -> {
            assessments.save(id, new AssessmentService.Input(DemoTexts.findings(), 0));
            return meetings.create(new MeetingService.Input(LocalDateTime.of(today, java.time.LocalTime.of(8, 0)),
                    "Hội trường UBND phường Long Khánh (minh họa)", "Nguyễn Văn Lãnh, Chủ tịch UBND phường (minh họa)",
                    List.of("Phòng Văn hóa - Xã hội", "Ủy ban MTTQ Việt Nam phường"), List.of(id))).id();
        });
        accounts.runAs("vanhoa", () -> opinions.record(meeting, new OpinionService.Input(id, WardItem.LOCAL_IDENTITY,
                "Sản phẩm gắn với nghề truyền thống của khu phố, đề nghị ghi rõ trong báo cáo (minh họa).", "DAT",
                "Phòng Văn hóa - Xã hội", null)));
        long report = accounts.runAs("canbo", () -> {
            meetings.minutes(meeting);
            return reports.draft(id).id();
        });
        accounts.runAs("lanhdao", () -> reports.issue(id));
        long request = accounts.runAs("canbo", () -> requests.create(List.of(id)).id());
        accounts.runAs("lanhdao", () -> requests.issue(request));
        accounts.runAs("tinh", () -> dossiers.recordResult(id, new ResultInput(new BigDecimal("62.50"), 3,
                "1234/QĐ-UBND (minh họa)", today, "GCN-OCOP-2026-001 (minh họa)", today, false,
                "Kết quả Hội đồng cấp tỉnh (minh họa); báo cáo Mẫu 03 văn bản " + report, null)));
    }

    /** The officer's findings on the four items (minh họa). */
    static final class DemoTexts {

        private DemoTexts() {
        }

        static List<ItemFinding> findings() {
            return List.of(
                    new ItemFinding(WardItem.RAW_MATERIALS, "Nguyên liệu chính mua tại các vườn trong phường, có hợp "
                            + "đồng liên kết (minh họa).", "Hợp đồng liên kết, hóa đơn mua nguyên liệu", "DAT"),
                    new ItemFinding(WardItem.LOCAL_LABOUR, "Phần lớn lao động cư trú tại phường, có danh sách tham gia "
                            + "bảo hiểm (minh họa).", "Danh sách lao động", "DAT"),
                    new ItemFinding(WardItem.IDEA_ORIGIN, "Ý tưởng của chủ thể, phát triển từ sản phẩm có sẵn của địa "
                            + "phương (minh họa).", null, "DAT"),
                    new ItemFinding(WardItem.LOCAL_IDENTITY, "Sản phẩm thể hiện kinh nghiệm sản xuất của cộng đồng "
                            + "phường Long Khánh (minh họa).", null, "DAT"));
        }
    }
}
