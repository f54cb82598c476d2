package ocop.registry.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Phân loại sản phẩm OCOP (Phụ lục I của một quyết định), một phiên bản: the tree ngành → nhóm →
 * phân nhóm as one decision defines it, e.g. {@code QD26-2026} (QĐ 26/2026/QĐ-TTg) or the historical
 * {@code QD148-2023} (QĐ 148/QĐ-TTg). Immutable; nothing is checked on construction, so that
 * {@link ClassificationValidator} can report every problem at once.
 *
 * @param version        our identifier, e.g. {@code QD26-2026}; stored with each product
 * @param decision       the decision's number, e.g. {@code 26/2026/QĐ-TTg}
 * @param effectiveFrom  first day in force
 * @param effectiveUntil last day in force (inclusive), or {@code null} while in force
 * @param status         chính thức or lịch sử
 * @param source         provenance of the transcription
 * @param sectors        the ngành in printed order (I … VI)
 */
public record ProductClassification(String version, String decision, LocalDate effectiveFrom,
                                    LocalDate effectiveUntil, ClassificationStatus status, String source,
                                    List<ClassificationNode> sectors) {

    public ProductClassification {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
    }

    /** Every node, depth first in printed order (ngành, then its nhóm, then their phân nhóm). */
    public List<ClassificationNode> nodes() {
        List<ClassificationNode> all = new ArrayList<>();
        sectors.forEach(sector -> collect(sector, all));
        return all;
    }

    /** The leaves in printed order: the classes a product can be registered under. */
    public List<ClassificationNode> leaves() {
        return nodes().stream().filter(ClassificationNode::isLeaf).toList();
    }

    /** The node with this code, e.g. {@code I.1.a}; the first one if codes repeat. */
    public Optional<ClassificationNode> find(String code) {
        return nodes().stream().filter(node -> node.code().equals(code)).findFirst();
    }

    /** The nodes from the ngành down to the node with this code (inclusive); empty if there is none. */
    public List<ClassificationNode> path(String code) {
        List<ClassificationNode> trail = new ArrayList<>();
        for (ClassificationNode sector : sectors) {
            if (descend(sector, code, trail)) {
                return List.copyOf(trail);
            }
        }
        return List.of();
    }

    /** The ngành the node with this code belongs to (the node itself for a ngành). */
    public Optional<ClassificationNode> sectorOf(String code) {
        return path(code).stream().findFirst();
    }

    /** Whether the code exists and names a leaf, i.e. a product may be classified under it. */
    public boolean isLeaf(String code) {
        return find(code).map(ClassificationNode::isLeaf).orElse(false);
    }

    /** Whether this version is in force on the day: effectiveFrom ≤ day ≤ effectiveUntil (if any). */
    public boolean inForceOn(LocalDate day) {
        return effectiveFrom != null && !day.isBefore(effectiveFrom)
                && (effectiveUntil == null || !day.isAfter(effectiveUntil));
    }

    private static void collect(ClassificationNode node, List<ClassificationNode> into) {
        into.add(node);
        node.children().forEach(child -> collect(child, into));
    }

    private static boolean descend(ClassificationNode node, String code, List<ClassificationNode> trail) {
        trail.add(node);
        if (node.code().equals(code)) {
            return true;
        }
        for (ClassificationNode child : node.children()) {
            if (descend(child, code, trail)) {
                return true;
            }
        }
        trail.remove(trail.size() - 1);
        return false;
    }
}
