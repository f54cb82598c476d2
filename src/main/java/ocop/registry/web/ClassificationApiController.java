package ocop.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import ocop.registry.domain.ClassificationCatalog;
import ocop.registry.domain.ClassificationNode;
import ocop.registry.domain.ClassificationStatus;
import ocop.registry.domain.ProductClassification;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** JSON API for the product classification (phân loại sản phẩm OCOP, Phụ lục I), every version shipped. */
@RestController
@RequestMapping("/api/v1/classifications")
@Tag(name = "Phân loại sản phẩm", description = "Các phiên bản phân loại sản phẩm OCOP (Phụ lục I): ngành, nhóm, phân nhóm")
class ClassificationApiController {

    private final ClassificationCatalog catalog;

    ClassificationApiController(ClassificationCatalog catalog) {
        this.catalog = catalog;
    }

    /** One version of the classification with its tree (ngành → nhóm → phân nhóm). */
    record ClassificationVersion(String version, String decision, LocalDate effectiveFrom, LocalDate effectiveUntil,
                                 ClassificationStatus status, String source, List<ClassificationNode> sectors) {

        static ClassificationVersion of(ProductClassification c) {
            return new ClassificationVersion(c.version(), c.decision(), c.effectiveFrom(), c.effectiveUntil(),
                    c.status(), c.source(), c.sectors());
        }
    }

    @GetMapping
    @Operation(summary = "Các phiên bản phân loại sản phẩm, cũ trước mới sau, kèm cây ngành, nhóm, phân nhóm")
    List<ClassificationVersion> versions() {
        return catalog.versions().stream().map(ClassificationVersion::of).toList();
    }
}
