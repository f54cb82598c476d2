package ocop.registry.domain;

import java.util.List;
import java.util.Objects;

/**
 * Một mục trong danh mục phân loại sản phẩm OCOP (ngành, nhóm hoặc phân nhóm của Phụ lục I).
 * A node without children is a leaf: the class a product is registered under. Leaves carry the lead
 * ministry ({@code agency}, "cơ quan chủ trì quản lý") and the code of their criteria sheet
 * ({@code criteriaSheet}, e.g. {@code QD26-01}); both are {@code null} on inner nodes and may be
 * {@code null} on historical leaves.
 *
 * @param code          Phụ lục I numbering, e.g. {@code I}, {@code I.1}, {@code I.1.a}
 * @param level         ngành, nhóm or phân nhóm
 * @param name          name as printed (NFC), e.g. "Rau, củ, quả, hạt tươi"
 * @param agency        lead ministries, several separated by "; ", or {@code null}
 * @param criteriaSheet code of the scoring sheet (bộ tiêu chí) for a leaf, or {@code null}
 * @param children      sub-nodes in printed order; empty for a leaf, never {@code null}
 */
public record ClassificationNode(String code, ClassificationLevel level, String name, String agency,
                                 String criteriaSheet, List<ClassificationNode> children) {

    public ClassificationNode {
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** A leaf ("nút lá"): the node has no children. */
    public ClassificationNode(String code, ClassificationLevel level, String name, String agency,
                              String criteriaSheet) {
        this(code, level, name, agency, criteriaSheet, List.of());
    }

    /** An inner node (ngành or nhóm with sub-groups): no agency, no criteria sheet. */
    public static ClassificationNode branch(String code, ClassificationLevel level, String name,
                                            List<ClassificationNode> children) {
        return new ClassificationNode(code, level, name, null, null, Objects.requireNonNull(children));
    }

    /** Whether products can be registered under this node, i.e. it has no children. */
    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** The same node with other children (for building variants of a tree). */
    public ClassificationNode withChildren(List<ClassificationNode> newChildren) {
        return new ClassificationNode(code, level, name, agency, criteriaSheet, newChildren);
    }

    /** The same node with another criteria sheet code. */
    public ClassificationNode withCriteriaSheet(String sheet) {
        return new ClassificationNode(code, level, name, agency, sheet, children);
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
