package ocop.criteria;

import java.util.List;

/**
 * Mục (section): a numbered heading such as "1. TỔ CHỨC SẢN XUẤT".
 *
 * @param code      a number as a string
 * @param notes     notes written for the whole section (rare: QĐ26-16, mục 6)
 * @param knockOuts the knock-out rules among those notes
 */
public record SheetSection(String code, String name, int max, List<String> notes, List<KnockOut> knockOuts,
        List<SheetCriterion> criteria) {
}
