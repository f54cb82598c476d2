package ocop.dossier;

import ocop.dossier.internal.intake.FlagService;
import ocop.dossier.internal.intake.IntakeService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import ocop.access.UserAccounts;
import ocop.dossier.internal.DossierService;
import ocop.dossier.internal.EvidenceService;
import ocop.dossier.internal.NewDossier;
import ocop.dossier.internal.TransitionService;
import org.springframework.context.ApplicationContext;

/**
 * Dossiers of producer G (Hộ kinh doanh Giò chả truyền thống, account hoangduy, khu phố 1 of phường Long Khánh) made
 * for a test, in a given state, each on a fresh product so tests never disturb each other or the demo's dossiers.
 * Made in process through the module's services as the people concerned (HTTP Basic would hash a password per call).
 */
final class DossierFixtures {

    static final String[] REQUIRED_FOOD_EVIDENCE = DossierHttp.REQUIRED_FOOD_EVIDENCE;
    private static final AtomicInteger N = new AtomicInteger();

    /** The beans the fixtures use, from the test's application context. */
    private record Beans(UserAccounts accounts, IntakeService intake, DossierService dossiers, EvidenceService evidence,
                         TransitionService transitions, FlagService flags) {
    }

    private final Beans beans;
    final long producerG;

    DossierFixtures(int port, ApplicationContext context) {
        this.beans = new Beans(context.getBean(UserAccounts.class), context.getBean(IntakeService.class),
                context.getBean(DossierService.class), context.getBean(EvidenceService.class),
                context.getBean(TransitionService.class), context.getBean(FlagService.class));
        this.producerG = DossierHttp.producerId(port, "gio cha truyen thong");
    }

    long product() {
        return beans.accounts.runAs("canbo", () -> beans.intake.register(new IntakeService.Registration(producerG,
                "Sản phẩm Thử hồ sơ " + N.incrementAndGet(), "I.3.d", null, null, null, true)).id());
    }

    /** A complete dossier of G moved to {@code state} by the people whose move it is. */
    long inState(String state) {
        long product = product();
        long id = beans.accounts.runAs("hoangduy", () -> {
            long d = beans.dossiers.create(new NewDossier(product, DossierKind.FIRST, null, null)).id();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.putAll(Map.of("p1.productSpec", "Giò lụa 500 g", "p1.history", "Từ năm 1990",
                    "p2.rawMaterialsTechnology", "Thịt heo", "p2.market", "Chợ Long Khánh", "p2.revenueProfit",
                    "500 triệu đồng", "p4.plan", "Mở rộng", "samples.count", "5"));
            beans.dossiers.updateForms(d, fields, null);
            for (String item : REQUIRED_FOOD_EVIDENCE) {
                beans.evidence.upload(d, new EvidenceService.Upload(item, item + ".pdf", DossierHttp.pdf(item + d),
                        "Cơ quan cấp", "1/GCN", null, null));
            }
            return d;
        });
        List<String> path = switch (state) {
            case "DRAFT" -> List.of();
            case "SUBMITTED" -> List.of("hoangduy:SUBMIT");
            case "RETURNED" -> List.of("hoangduy:SUBMIT", "canbo:RETURN");
            case "WARD_ASSESSMENT" -> List.of("hoangduy:SUBMIT", "canbo:START_ASSESSMENT");
            case "REPORT_ISSUED" -> List.of("hoangduy:SUBMIT", "canbo:START_ASSESSMENT", "lanhdao:ISSUE_REPORT");
            case "SENT_TO_PROVINCE" -> List.of("hoangduy:SUBMIT", "canbo:START_ASSESSMENT", "lanhdao:ISSUE_REPORT",
                    "canbo:SEND_TO_PROVINCE");
            default -> throw new IllegalArgumentException(state);
        };
        for (String step : path) {
            String[] who = step.split(":");
            beans.accounts.runAs(who[0], () -> beans.transitions.apply(id, DossierAction.valueOf(who[1]), null,
                    List.of(new ReturnReason("E05", "Bổ sung danh sách lao động.")), null));
        }
        return id;
    }

    /** A piece of evidence uploaded to a draft dossier by its producer. */
    long evidence(long dossierId) {
        int n = N.incrementAndGet();
        return beans.accounts.runAs("hoangduy", () -> beans.evidence.upload(dossierId, new EvidenceService.Upload("E15",
                "giai-thuong-" + n + ".pdf", DossierHttp.pdf("giai thuong " + n), null, null, null, null)).id());
    }

    /** An idea of G waiting for the ward. */
    long pendingIdea() {
        return beans.accounts.runAs("hoangduy", () -> beans.intake.register(new IntakeService.Registration(null,
                "Ý tưởng Thử " + N.incrementAndGet(), "I.3.d", null, null, null, false)).id());
    }

    /** A flag of khu phố 1, waiting for the officer. */
    long flag() {
        return beans.accounts.runAs("khupho1", () -> beans.flags.create(new FlagService.FlagInput(
                "Bánh ít lá gai " + N.incrementAndGet(), "Bà Năm", "0912 000 111", null, null)).id());
    }
}
