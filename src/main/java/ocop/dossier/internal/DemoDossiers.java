package ocop.dossier.internal;

import ocop.dossier.internal.intake.IntakeService;
import ocop.dossier.internal.intake.PlanService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ocop.access.AccessApi;
import ocop.access.UserAccounts;
import ocop.dossier.DossierAction;
import ocop.dossier.DossierKind;
import ocop.dossier.DossierSummary;
import ocop.registry.ProductFilter;
import ocop.registry.ProductSummary;
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
 * Demo dossiers (hồ sơ minh họa), after the demo module's loader: "Giò chả" of hoangduy part-way through a first
 * dossier (idea and business plan accepted, Mẫu 02 partly filled, one piece of evidence), "Nấm Đông trùng Hạ thảo
 * Cordyceps Minh Khôi" of minhduc with a re-evaluation dossier started, and "Lan hồ điệp Xuân An" of a household
 * without an account, whose first dossier canbo opens, fills, submits and takes into the ward's assessment (the
 * assessment module's demo then issues Mẫu 03 and records 3★). Runs only when the demo accounts exist and no dossier
 * exists yet, through the module's own services as those people would, all or nothing.
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
    private final TransitionService transitions;
    private final RegistryApi registry;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    DemoDossiers(UserAccounts accounts, AccessApi access, IntakeService intake, PlanService plans,
                 DossierService dossiers, EvidenceService evidence, TransitionService transitions, RegistryApi registry,
                 JdbcClient jdbc, TransactionTemplate tx) {
        this.accounts = accounts;
        this.access = access;
        this.intake = intake;
        this.plans = plans;
        this.dossiers = dossiers;
        this.evidence = evidence;
        this.transitions = transitions;
        this.registry = registry;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.idOf("canbo").isEmpty() || accounts.idOf("hoangduy").isEmpty() || accounts.idOf("minhduc").isEmpty()
                || jdbc.sql("SELECT count(*) FROM dossier.dossier").query(Integer.class).single() > 0) {
            return;
        }
        Optional<Long> gioCha = accounts.runAs("hoangduy", () -> ownProduct("Giò chả"));
        Optional<Long> cordyceps = accounts.runAs("minhduc", () -> ownProduct("Nấm Đông trùng Hạ thảo Cordyceps Minh Khôi"));
        Optional<Long> lan = accounts.runAs("canbo", () -> product(LAN_PRODUCER, LAN));
        if (gioCha.isEmpty() || cordyceps.isEmpty()) {
            log.warn("Demo dossiers not loaded: the demo products are missing");
            return;
        }
        tx.executeWithoutResult(status -> {
            firstDossier(gioCha.get());
            reevaluation(cordyceps.get());
            lan.ifPresent(this::dossierAtWard);
        });
        log.info("Demo dossiers loaded: Giò chả (lần đầu, đang hoàn thiện), Cordyceps Minh Khôi (đánh giá lại){}",
                lan.isPresent() ? ", Lan hồ điệp Xuân An (phường đang đánh giá)" : "");
    }

    static final String LAN = "Lan hồ điệp Xuân An";
    static final String LAN_PRODUCER = "Hộ kinh doanh Lan kiểng Xuân An (minh họa)";

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
     * A household without an account (group V.1, no samples rule beyond the usual 5): canbo registers the idea and
     * the business plan on its behalf, opens the first dossier, fills Mẫu 02, uploads the evidence the form check asks
     * of group V (E01, E03, E05), submits it and takes it into the ward's assessment.
     */
    private void dossierAtWard(long productId) {
        accounts.runAs("canbo", () -> {
            intake.decide(productId, IntakeService.Decision.ACCEPT_IDEA,
                    "Lan hồ điệp trồng chậu của hộ trong khu phố 1, thị trường hoa Tết ổn định (minh họa).", null);
            plans.submitPlan(productId, "Mở rộng nhà lưới 500 m², nuôi cấy mô giống tại chỗ, chậu lan 3–5 cành gắn "
                    + "nhãn truy xuất; bán tại chợ hoa Long Khánh và cửa hàng OCOP (minh họa).", null, null, null);
            intake.decide(productId, IntakeService.Decision.ACCEPT_PLAN, null, null);
            DossierSummary d = dossiers.create(new NewDossier(productId, DossierKind.FIRST, null, null));
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("p1.productSpec", "Chậu lan hồ điệp 3 và 5 cành, hoa trắng và tím; chậu sứ có nhãn (minh họa).");
            fields.put("p1.history", "Hộ trồng lan kiểng từ năm 2015, đăng ký hộ kinh doanh năm 2021 (minh họa).");
            fields.put("p2.rawMaterialsTechnology", "Cây giống nuôi cấy mô từ vườn ươm trong phường; tưới nhỏ giọt, "
                    + "điều khiển ẩm độ nhà lưới (minh họa).");
            fields.put("p2.market", "Chợ hoa Long Khánh, các cửa hàng hoa trong tỉnh, bán dịp Tết (minh họa).");
            fields.put("p2.revenueProfit", "Doanh thu khoảng 500 triệu đồng mỗi năm (minh họa).");
            fields.put("p4.plan", "Mở rộng nhà lưới, đăng ký nhãn hiệu tập thể hoa lan Xuân An (minh họa).");
            fields.put("samples.count", "5");
            d = dossiers.updateForms(d.id(), fields, null);
            evidence.upload(d.id(), new EvidenceService.Upload("E01", "giay-chung-nhan-dang-ky-ho-kinh-doanh.pdf", pdf(),
                    "UBND phường Long Khánh", "075095007777", LocalDate.of(2021, 9, 9), null));
            evidence.upload(d.id(), new EvidenceService.Upload("E03", "hop-dong-mua-cay-giong.pdf", pdf(),
                    "Vườn ươm lan Long Khánh (minh họa)", "05/2025/HĐ", LocalDate.of(2025, 1, 10), null));
            evidence.upload(d.id(), new EvidenceService.Upload("E05", "danh-sach-lao-dong.pdf", pdf(),
                    "Hộ kinh doanh Lan kiểng Xuân An (minh họa)", null, LocalDate.of(2026, 1, 5), null));
            transitions.apply(d.id(), DossierAction.SUBMIT, null, List.of(), null);
            return transitions.apply(d.id(), DossierAction.START_ASSESSMENT, null, List.of(), null);
        });
    }

    /** The signed-in producer's demo product with this name, through the registry's product search. */
    private Optional<Long> ownProduct(String name) {
        Long producerId = access.currentUser().producerId();
        return producerId == null ? Optional.empty() : find(new ProductFilter(name, null, null, null, null, producerId),
                name, null);
    }

    /** A demo product with this name and producer among those the signed-in user may read. */
    private Optional<Long> product(String producerName, String name) {
        return find(new ProductFilter(name, null, null, null, null, null), name, producerName);
    }

    private Optional<Long> find(ProductFilter filter, String name, String producerName) {
        return registry.products(filter, 0, 100).items().stream()
                .filter(p -> p.name().equals(name)
                        && (producerName == null || p.demo() && producerName.equals(p.producerName())))
                .map(ProductSummary::id).sorted().findFirst();
    }

    /** A one-page PDF standing in for a scanned paper. */
    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
