package ocop.inspection.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Mẫu phiếu kiểm tra (a checklist template), one version of the data under
 * {@code src/main/resources/inspection/checklists/}. Sections in order; a section whose {@code generated} is
 * {@link #CRITERIA_MINIMUMS} has no items of its own: at a visit it holds the product's mandatory criteria from its
 * criteria sheet at its current stars ({@link MandatoryCriteria}).
 *
 * @param code          our identifier, e.g. {@code HAU-KIEM}
 * @param version       1, 2 … a revised checklist keeps its code and raises the version
 * @param effectiveFrom the first visit day it is used for
 * @param source        where its content comes from
 */
public record ChecklistTemplate(String code, int version, String name, LocalDate effectiveFrom, String source,
                                List<Section> sections) {

    /** The only kind of generated section. */
    public static final String CRITERIA_MINIMUMS = "CRITERIA_MINIMUMS";

    /** Nhóm nội dung kiểm tra. */
    public record Section(String code, String name, String generated, List<Item> items) {
    }

    /**
     * Nội dung kiểm tra. {@code qualitySystem}: for the standards section, the registry's quality system whose
     * certificate validity is shown to the inspector (VIETGAP, GLOBALGAP, GMP, ISO_22000, HACCP, HUU_CO), else null.
     */
    public record Item(String code, String text, String hint, String qualitySystem) {
    }
}
