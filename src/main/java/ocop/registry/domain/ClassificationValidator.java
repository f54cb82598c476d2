package ocop.registry.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Kiểm tra một phiên bản phân loại sản phẩm OCOP: returns every error found, in one list (empty when
 * valid), so that a bad reference file is fixed in one pass. Checks: version, decision and effectiveFrom
 * present; 6 ngành; levels in order ngành → nhóm → phân nhóm; unique codes, each extending its parent's
 * code ({@code I} → {@code I.1} → {@code I.1.a}); non-blank names in NFC; criteria sheets on leaves only
 * and never shared; an OFFICIAL version has exactly 26 leaves, each with its own criteria sheet.
 */
public final class ClassificationValidator {

    /** Ngành in Phụ lục I (QĐ 148/QĐ-TTg and QĐ 26/2026/QĐ-TTg alike). */
    public static final int SECTORS = 6;

    /** Leaves of an official classification: one per criteria sheet of Phụ lục II (26 bộ tiêu chí). */
    public static final int OFFICIAL_LEAVES = 26;

    private ClassificationValidator() {
    }

    /** All errors of the version, each prefixed with its identifier; empty if it is valid. */
    public static List<String> validate(ProductClassification classification) {
        String prefix = (isBlank(classification.version()) ? "(không mã)" : classification.version()) + ": ";
        List<String> errors = new ArrayList<>();
        if (isBlank(classification.version())) {
            errors.add("thiếu mã phiên bản (version)");
        }
        if (isBlank(classification.decision())) {
            errors.add("thiếu số quyết định (decision)");
        }
        if (classification.effectiveFrom() == null) {
            errors.add("thiếu ngày hiệu lực (effectiveFrom)");
        } else if (classification.effectiveUntil() != null
                && classification.effectiveUntil().isBefore(classification.effectiveFrom())) {
            errors.add("effectiveUntil " + classification.effectiveUntil() + " trước effectiveFrom "
                    + classification.effectiveFrom());
        }
        if (classification.status() == null) {
            errors.add("thiếu tình trạng (status)");
        }
        if (classification.sectors().size() != SECTORS) {
            errors.add("có " + classification.sectors().size() + " ngành, phải là " + SECTORS);
        }
        Set<String> codes = new HashSet<>();
        for (ClassificationNode sector : classification.sectors()) {
            checkNode(sector, null, ClassificationLevel.SECTOR, codes, errors);
        }
        checkLeaves(classification, errors);
        return errors.stream().map(prefix::concat).toList();
    }

    private static void checkNode(ClassificationNode node, ClassificationNode parent, ClassificationLevel expected,
                                  Set<String> codes, List<String> errors) {
        String code = node.code();
        String at = "mục " + (isBlank(code) ? "(không mã) dưới " + (parent == null ? "gốc" : parent.code()) : code);
        if (isBlank(code)) {
            errors.add(at + ": thiếu mã");
        } else if (!codes.add(code)) {
            errors.add(at + ": mã trùng lặp");
        }
        if (parent != null && code != null && parent.code() != null && !code.startsWith(parent.code() + ".")) {
            errors.add(at + ": mã không bắt đầu bằng mã cấp trên " + parent.code() + ".");
        }
        if (node.level() != expected) {
            errors.add(at + ": cấp " + node.level() + ", phải là " + expected);
        }
        if (isBlank(node.name())) {
            errors.add(at + ": thiếu tên");
        } else if (!Normalizer.isNormalized(node.name(), Normalizer.Form.NFC)) {
            errors.add(at + ": tên không ở dạng NFC");
        }
        if (node.isLeaf() && expected == ClassificationLevel.SECTOR) {
            errors.add(at + ": ngành không có nhóm nào");
        }
        if (!node.isLeaf() && (node.criteriaSheet() != null || node.agency() != null)) {
            errors.add(at + ": criteriaSheet/agency chỉ ghi ở mục lá");
        }
        if (!node.isLeaf() && expected == ClassificationLevel.SUBGROUP) {
            errors.add(at + ": phân nhóm không được có mục con");
        }
        ClassificationLevel next = expected == ClassificationLevel.SECTOR
                ? ClassificationLevel.GROUP : ClassificationLevel.SUBGROUP;
        for (ClassificationNode child : node.children()) {
            checkNode(child, node, next, codes, errors);
        }
    }

    private static void checkLeaves(ProductClassification classification, List<String> errors) {
        List<ClassificationNode> leaves = classification.leaves();
        boolean official = classification.status() == ClassificationStatus.OFFICIAL;
        if (official && leaves.size() != OFFICIAL_LEAVES) {
            errors.add("có " + leaves.size() + " mục lá, bản chính thức phải có " + OFFICIAL_LEAVES);
        }
        Set<String> sheets = new HashSet<>();
        for (ClassificationNode leaf : leaves) {
            if (isBlank(leaf.criteriaSheet())) {
                if (official) {
                    errors.add("mục " + leaf.code() + ": thiếu bộ tiêu chí (criteriaSheet)");
                }
            } else if (!sheets.add(leaf.criteriaSheet())) {
                errors.add("mục " + leaf.code() + ": bộ tiêu chí " + leaf.criteriaSheet() + " đã gán cho mục khác");
            }
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
