package ocop.inspection.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ocop.criteria.CriteriaApi;
import ocop.criteria.CriteriaSheet;
import ocop.inspection.domain.ChecklistTemplate;
import ocop.inspection.domain.MandatoryCriteria;
import ocop.registry.ProducerView;
import ocop.registry.ProductView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lập phiếu kiểm tra cho một lần kiểm tra: copies the template in force on the visit day into the visit's items, with
 * the product's mandatory criteria (its criteria sheet in force that day, at its current stars) in the generated
 * section, and, in the standards section, the validity of the producer's certificates as the registry records them.
 * A product without stars or without a sheet gets no criteria items (the section is left out).
 */
@Component
class VisitChecklist {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** What was used: the template, and the criteria sheet (null when none). */
    record Made(ChecklistTemplate template, CriteriaSheet sheet) {
    }

    private final ChecklistLibrary library;
    private final CriteriaApi criteria;
    private final JdbcClient jdbc;

    VisitChecklist(ChecklistLibrary library, CriteriaApi criteria, JdbcClient jdbc) {
        this.library = library;
        this.criteria = criteria;
        this.jdbc = jdbc;
    }

    Made template(ProductView product, LocalDate day) {
        ChecklistTemplate template = library.inForceOn(day)
                .orElseThrow(() -> new IllegalStateException("no inspection checklist in force on " + day));
        CriteriaSheet sheet = product.currentStars() == null ? null
                : criteria.sheetFor(product.classificationVersion(), product.classificationCode(), day).orElse(null);
        return new Made(template, sheet);
    }

    void write(long visitId, String unitCode, Made made, ProductView product, Optional<ProducerView> producer,
               LocalDate day) {
        int position = 0;
        for (ChecklistTemplate.Section s : made.template().sections()) {
            List<String[]> rows = new ArrayList<>();
            if (ChecklistTemplate.CRITERIA_MINIMUMS.equals(s.generated())) {
                if (made.sheet() != null) {
                    for (MandatoryCriteria.GeneratedItem g : MandatoryCriteria.items(made.sheet(),
                            product.currentStars())) {
                        rows.add(new String[] {g.code(), g.text(), g.hint(), g.criterionCode()});
                    }
                }
            } else {
                for (ChecklistTemplate.Item i : s.items()) {
                    rows.add(new String[] {i.code(), i.text(), hint(i, producer, day), null});
                }
            }
            for (String[] r : rows) {
                jdbc.sql("""
                        INSERT INTO inspection.visit_item (visit_id, unit_code, section_code, section_name, position,
                                                           code, text, hint, criterion_code)
                        VALUES (:v, :u, :sc, :sn, :pos, :code, :text, :hint, :crit)""")
                        .param("v", visitId).param("u", unitCode).param("sc", s.code()).param("sn", s.name())
                        .param("pos", position++).param("code", r[0]).param("text", r[1]).param("hint", r[2])
                        .param("crit", r[3]).update();
            }
        }
    }

    /** The item's hint, and for a quality system what the registry knows of the producer's certificates. */
    private static String hint(ChecklistTemplate.Item item, Optional<ProducerView> producer, LocalDate day) {
        if (item.qualitySystem() == null || producer.isEmpty()) {
            return item.hint();
        }
        List<String> known = producer.get().certifications().stream()
                .filter(c -> c.kind().name().equals(item.qualitySystem()))
                .map(c -> "số " + (c.number() == null ? "(không ghi)" : c.number())
                        + (c.validUntil() == null ? ", không ghi thời hạn"
                        : (c.validUntil().isBefore(day) ? ", đã hết hạn ngày " : ", hiệu lực đến ")
                        + DAY.format(c.validUntil())))
                .toList();
        String registry = known.isEmpty() ? "Sổ chủ thể chưa ghi chứng nhận này."
                : "Sổ chủ thể ghi: " + String.join("; ", known) + ".";
        return item.hint() == null ? registry : item.hint() + " " + registry;
    }
}
