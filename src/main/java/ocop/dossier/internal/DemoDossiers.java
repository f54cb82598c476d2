package ocop.dossier.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import ocop.access.AccessApi;
import ocop.access.UserAccounts;
import ocop.dossier.DossierKind;
import ocop.dossier.DossierSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo dossiers (hồ sơ minh họa), after the demo module's loader: "Giò chả" of hoangduy part-way through a first
 * dossier (idea and business plan accepted, Mẫu 02 partly filled, one piece of evidence), and "Nấm Đông trùng Hạ thảo
 * Cordyceps Minh Khôi" of minhduc with a re-evaluation dossier started. Runs only when the demo accounts exist and no
 * dossier exists yet, through the module's own services as those people would, all or nothing.
 */
@Component
@Order(200)
class DemoDossiers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDossiers.class);

    private final UserAccounts accounts;
    private final AccessApi access;
    private final IntakeService intake;
    private final PlanService plans;
    private final DossierService dossiers;
    private final EvidenceService evidence;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    DemoDossiers(UserAccounts accounts, AccessApi access, IntakeService intake, PlanService plans,
                 DossierService dossiers, EvidenceService evidence, JdbcClient jdbc, TransactionTemplate tx) {
        this.accounts = accounts;
        this.access = access;
        this.intake = intake;
        this.plans = plans;
        this.dossiers = dossiers;
        this.evidence = evidence;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.idOf("canbo").isEmpty() || accounts.idOf("hoangduy").isEmpty() || accounts.idOf("minhduc").isEmpty()
                || jdbc.sql("SELECT count(*) FROM dossier.dossier").query(Integer.class).single() > 0) {
            return;
        }
        Optional<Long> gioCha = accounts.runAs("hoangduy", () -> productOf("Giò chả"));
        Optional<Long> cordyceps = accounts.runAs("minhduc", () -> productOf("Nấm Đông trùng Hạ thảo Cordyceps Minh Khôi"));
        if (gioCha.isEmpty() || cordyceps.isEmpty()) {
            log.warn("Demo dossiers not loaded: the demo products are missing");
            return;
        }
        tx.executeWithoutResult(status -> {
            firstDossier(gioCha.get());
            reevaluation(cordyceps.get());
        });
        log.info("Demo dossiers loaded: Giò chả (lần đầu, đang hoàn thiện), Cordyceps Minh Khôi (đánh giá lại)");
    }

    private void firstDossier(long productId) {
        accounts.runAs("canbo", () -> intake.decide(productId, IntakeService.Decision.ACCEPT_IDEA,
                "Sản phẩm truyền thống của khu phố 1, có thị trường ổn định (minh họa).", null));
        accounts.runAs("hoangduy", () -> plans.submitPlan(productId, "Mở rộng bếp sản xuất đạt điều kiện an toàn thực "
                + "phẩm, đăng ký nhãn hiệu, đóng gói hút chân không; bán tại chợ Long Khánh và cửa hàng OCOP (minh họa).",
                null, null, null));
        accounts.runAs("canbo", () -> intake.decide(productId, IntakeService.Decision.ACCEPT_PLAN, null, null));
        accounts.runAs("hoangduy", () -> {
            DossierSummary d = dossiers.create(new NewDossier(productId, DossierKind.FIRST, null, null));
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("p1.productSpec", "Giò lụa 500 g và 1 kg, chả quế 500 g; gói lá chuối, túi hút chân không. "
                    + "Tiêu chuẩn cơ sở TCCS 01:2026/GC (minh họa).");
            fields.put("p1.history", "Nghề làm giò chả của gia đình từ năm 1990, đăng ký hộ kinh doanh năm 2019 (minh họa).");
            fields.put("p2.market", "Chợ Long Khánh, 12 đại lý trong tỉnh, bán trực tuyến (minh họa).");
            fields.put("samples.count", "5");
            dossiers.updateForms(d.id(), fields, null);
            evidence.upload(d.id(), new EvidenceService.Upload("E01", "giay-dang-ky-ho-kinh-doanh.pdf", pdf(),
                    "UBND phường Long Khánh", "075088001234", LocalDate.of(2019, 3, 12), null));
            return d;
        });
    }

    private void reevaluation(long productId) {
        accounts.runAs("minhduc", () -> {
            DossierSummary d = dossiers.create(new NewDossier(productId, DossierKind.REEVALUATION, null, null));
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("reeval.rawMaterials", "Giống Cordyceps militaris mua của Viện Di truyền Nông nghiệp (minh họa).");
            fields.put("reeval.technology", "Thêm phòng nuôi cấy sạch thứ hai, máy sấy thăng hoa 20 kg/mẻ (minh họa).");
            dossiers.updateForms(d.id(), fields, null);
            return d;
        });
    }

    /**
     * The demo product's id, looked up by name among the signed-in producer's products. The registry's API has no
     * product search yet, so this reads the registry's table (read only, demo only).
     */
    private Optional<Long> productOf(String name) {
        Long producerId = access.currentUser().producerId();
        return jdbc.sql("SELECT id FROM registry.product WHERE producer_id = :p AND name = :n ORDER BY id LIMIT 1")
                .param("p", producerId).param("n", name).query(Long.class).optional();
    }

    /** A one-page PDF standing in for a scanned paper. */
    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
