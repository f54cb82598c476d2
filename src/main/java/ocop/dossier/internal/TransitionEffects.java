package ocop.dossier.internal;

import ocop.dossier.internal.intake.CycleService;
import java.time.LocalDate;
import ocop.criteria.CriteriaApi;
import ocop.criteria.CriteriaSheet;
import ocop.dossier.domain.CycleStep;
import ocop.dossier.domain.ProductCycle;
import ocop.registry.RegistryApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a move means outside the dossier itself (tác động của một bước): the product's place in the cycle, and the
 * criteria sheet in force on the day the dossier is received (from the criteria module).
 */
@Component
class TransitionEffects {

    private static final Logger log = LoggerFactory.getLogger(TransitionEffects.class);

    private final CycleService cycles;
    private final RegistryApi registry;
    private final CriteriaApi criteria;

    TransitionEffects(CycleService cycles, RegistryApi registry, CriteriaApi criteria) {
        this.cycles = cycles;
        this.registry = registry;
        this.criteria = criteria;
    }

    void cycle(DossierRow d, ProductCycle.Event event, CycleStep reach, String note) {
        registry.product(d.productId()).ifPresent(p -> cycles.record(p, event, reach, note));
    }

    /** The criteria sheet in force for the product's group on the day, or null when the criteria module has none. */
    CriteriaSheet sheetFor(String classificationCode, LocalDate day) {
        try {
            return criteria.sheetFor(classificationCode, day).orElse(null);
        } catch (RuntimeException e) {
            log.warn("No criteria sheet for {} on {}: {}", classificationCode, day, e.getMessage());
            return null;
        }
    }
}
