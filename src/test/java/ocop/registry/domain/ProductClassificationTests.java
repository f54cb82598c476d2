package ocop.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import ocop.registry.internal.ClassificationJson;
import org.junit.jupiter.api.Test;

/** Phân loại sản phẩm OCOP: the shipped versions (QĐ 26/2026, QĐ 148) and their validation, without Spring. */
class ProductClassificationTests {

    private static final ProductClassification QD26 = load("qd26-2026.json");
    private static final ProductClassification QD148 = load("qd148-2023.json");
    private static final ClassificationCatalog CATALOG = new ClassificationCatalog(List.of(QD26, QD148));

    @Test
    void shippedVersionsAreValid() {
        assertThat(ClassificationValidator.validate(QD26)).isEmpty();
        assertThat(ClassificationValidator.validate(QD148)).isEmpty();
        assertThat(QD26.version()).isEqualTo("QD26-2026");
        assertThat(QD26.decision()).isEqualTo("26/2026/QĐ-TTg");
        assertThat(QD26.status()).isEqualTo(ClassificationStatus.OFFICIAL);
        assertThat(QD26.effectiveFrom()).isEqualTo(LocalDate.of(2026, 5, 22));
        assertThat(QD26.effectiveUntil()).isNull();
        assertThat(QD148.status()).isEqualTo(ClassificationStatus.HISTORICAL);
        assertThat(QD148.decision()).isEqualTo("148/QĐ-TTg");
    }

    @Test
    void qd26HasTwentySixLeavesWithSheetsInOrder() {
        assertThat(QD26.sectors()).extracting(ClassificationNode::code)
                .containsExactly("I", "II", "III", "IV", "V", "VI");
        assertThat(QD26.sectors().get(0).name()).isEqualTo("Sản phẩm thực phẩm");
        List<String> sheets = IntStream.rangeClosed(1, 26).mapToObj(i -> "QD26-%02d".formatted(i)).toList();
        assertThat(QD26.leaves()).extracting(ClassificationNode::criteriaSheet).containsExactlyElementsOf(sheets);
        assertThat(QD26.leaves()).allSatisfy(leaf -> assertThat(leaf.agency()).isNotBlank());
        assertThat(QD26.find("I.6")).get().satisfies(leaf -> {
            assertThat(leaf.level()).isEqualTo(ClassificationLevel.GROUP);
            assertThat(leaf.criteriaSheet()).isEqualTo("QD26-13");
        });
        assertThat(QD26.find("VI.1").map(ClassificationNode::agency))
                .contains("Bộ Văn hóa, Thể thao và Du lịch; Bộ Nông nghiệp và Môi trường");
    }

    @Test
    void qd148MapsOnlyFreshProduceToItsSheet() {
        assertThat(QD148.leaves()).hasSize(26);
        assertThat(QD148.find("I.1.a").map(ClassificationNode::name)).contains("Rau, củ, quả, hạt tươi");
        assertThat(QD148.leaves()).filteredOn(leaf -> leaf.criteriaSheet() != null)
                .extracting(ClassificationNode::code, ClassificationNode::criteriaSheet)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("I.1.a", "QD148-01"));
    }

    @Test
    void pathFindAndSectorOf() {
        assertThat(QD26.path("I.1.a")).extracting(ClassificationNode::code).containsExactly("I", "I.1", "I.1.a");
        assertThat(QD26.path("I.1.a")).extracting(ClassificationNode::level).containsExactly(
                ClassificationLevel.SECTOR, ClassificationLevel.GROUP, ClassificationLevel.SUBGROUP);
        assertThat(QD26.path("I.1.a").get(2).name()).isEqualTo("Rau, củ, quả, hạt tươi");
        assertThat(QD26.path("III.2")).extracting(ClassificationNode::code).containsExactly("III", "III.2");
        assertThat(QD26.path("IX.9")).isEmpty();
        assertThat(QD26.find("IX.9")).isEmpty();
        assertThat(QD26.sectorOf("II.2.b").map(ClassificationNode::name)).contains("Sản phẩm đồ uống");
        assertThat(QD26.isLeaf("I.1.a")).isTrue();
        assertThat(QD26.isLeaf("I.6")).isTrue();
        assertThat(QD26.isLeaf("I.1")).isFalse();
        assertThat(QD26.isLeaf("I")).isFalse();
        assertThat(QD26.isLeaf("IX.9")).isFalse();
    }

    @Test
    void catalogPicksTheVersionInForce() {
        assertThat(CATALOG.versions()).extracting(ProductClassification::version)
                .containsExactly("QD148-2023", "QD26-2026");
        assertThat(CATALOG.inForceOn(LocalDate.of(2026, 5, 21))).containsSame(QD148);
        assertThat(CATALOG.inForceOn(LocalDate.of(2026, 5, 22))).containsSame(QD26);
        assertThat(CATALOG.inForceOn(LocalDate.of(2030, 1, 1))).containsSame(QD26);
        assertThat(CATALOG.inForceOn(LocalDate.of(2023, 2, 23))).isEmpty();
        assertThat(CATALOG.version("QD26-2026")).containsSame(QD26);
        assertThat(CATALOG.version("QD1048-2018")).isEmpty();
        assertThat(QD148.inForceOn(LocalDate.of(2023, 2, 24))).isTrue();
    }

    @Test
    void validatorReportsAllErrorsInOneList() {
        ProductClassification broken = new ProductClassification("QD26-BAD", QD26.decision(), null, null,
                ClassificationStatus.OFFICIAL, QD26.source(), edit(QD26.sectors(), node -> switch (node.code()) {
                    case "I.1.b" -> new ClassificationNode("I.1.a", node.level(), node.name(), node.agency(),
                            node.criteriaSheet());
                    case "I.2.a" -> node.withCriteriaSheet(null);
                    case "V.3" -> null;
                    case "VI" -> null;
                    default -> node;
                }));

        List<String> errors = ClassificationValidator.validate(broken);

        assertThat(errors).allSatisfy(error -> assertThat(error).startsWith("QD26-BAD: "));
        assertThat(errors).anySatisfy(error -> assertThat(error).contains("I.1.a", "trùng"));
        assertThat(errors).anySatisfy(error -> assertThat(error).contains("I.2.a", "criteriaSheet"));
        assertThat(errors).anySatisfy(error -> assertThat(error).contains("24 mục lá", "26"));
        assertThat(errors).anySatisfy(error -> assertThat(error).contains("5 ngành"));
        assertThat(errors).anySatisfy(error -> assertThat(error).contains("effectiveFrom"));
        assertThat(errors).hasSize(5);
    }

    @Test
    void validatorChecksCodesLevelsAndSharedSheets() {
        ProductClassification broken = new ProductClassification("QD26-BAD", QD26.decision(),
                QD26.effectiveFrom(), null, ClassificationStatus.OFFICIAL, QD26.source(),
                edit(QD26.sectors(), node -> switch (node.code()) {
                    case "II.1.a" -> new ClassificationNode("I.9.a", ClassificationLevel.GROUP, " ", null, "QD26-15");
                    default -> node;
                }));

        assertThat(ClassificationValidator.validate(broken)).containsExactlyInAnyOrder(
                "QD26-BAD: mục I.9.a: mã không bắt đầu bằng mã cấp trên II.1.",
                "QD26-BAD: mục I.9.a: cấp GROUP, phải là SUBGROUP",
                "QD26-BAD: mục I.9.a: thiếu tên",
                "QD26-BAD: mục II.1.b: bộ tiêu chí QD26-15 đã gán cho mục khác");
    }

    /** Rebuilds the tree, replacing each node by {@code change} (children first); {@code null} drops it. */
    private static List<ClassificationNode> edit(List<ClassificationNode> nodes, UnaryOperator<ClassificationNode> change) {
        return nodes.stream()
                .map(node -> change.apply(node.isLeaf() ? node : node.withChildren(edit(node.children(), change))))
                .filter(Objects::nonNull)
                .toList();
    }

    private static ProductClassification load(String file) {
        try (InputStream in = ProductClassificationTests.class.getClassLoader()
                .getResourceAsStream(ClassificationJson.LOCATION + file)) {
            assertThat(in).as(file).isNotNull();
            return ClassificationJson.read(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
