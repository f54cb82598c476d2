package ocop.registry.web;

import java.util.Map;
import ocop.access.AccessApi;
import ocop.access.AuditTrail;
import ocop.access.CurrentUser;
import ocop.registry.CertificationInput;
import ocop.registry.ProducerView;
import ocop.registry.ProductFilter;
import ocop.registry.QualitySystem;
import ocop.registry.domain.RegistryPermissions;
import ocop.registry.internal.ProducerService;
import ocop.registry.internal.ProductService;
import ocop.system.FormErrors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the producer detail page (hồ sơ chủ thể), for every handler that shows it. */
@Component
class ProducerPages {

    static final String DETAIL = "registry/producer";

    private final ProducerService producers;
    private final ProductService products;
    private final AccessApi access;
    private final AuditTrail audit;

    ProducerPages(ProducerService producers, ProductService products, AccessApi access, AuditTrail audit) {
        this.producers = producers;
        this.products = products;
        this.access = access;
        this.audit = audit;
    }

    String detail(long id, Model model) {
        return detail(id, model, emptyCertification(), FormErrors.none());
    }

    String detail(long id, Model model, CertificationInput certification, Map<String, String> certificationErrors) {
        CurrentUser me = access.currentUser();
        ProducerView producer = producers.get(id);
        model.addAttribute("section", "registry");
        model.addAttribute("p", producer);
        model.addAttribute("products", products.search(new ProductFilter(null, null, null, null, null, id), 0, 100));
        model.addAttribute("history", audit.history("producer", id));
        model.addAttribute("mayEdit", RegistryPermissions.mayEditProducer(me, id));
        model.addAttribute("mayAddProduct", RegistryPermissions.mayWriteProduct(me, id));
        model.addAttribute("qualitySystems", QualitySystem.values());
        model.addAttribute("cert", certification);
        model.addAttribute("errors", certificationErrors);
        return DETAIL;
    }

    static CertificationInput emptyCertification() {
        return new CertificationInput(null, null, null, null, null, null);
    }
}
