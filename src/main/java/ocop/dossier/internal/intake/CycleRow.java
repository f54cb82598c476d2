package ocop.dossier.internal.intake;

import ocop.dossier.domain.ProductCycle;

/**
 * A product's place in the OCOP cycle as stored (dossier.product_cycle), with the business plan's summary and file.
 */
public record CycleRow(long productId, long producerId, String unitCode, String provinceCode, Long neighbourhoodId,
                String productName, ProductCycle cycle, String planSummary, String planFileName,
                String planContentType, String planSha256, String planPath, int version) {

    boolean inScope(ocop.access.UnitScope scope) {
        return scope.includes(provinceCode, unitCode, neighbourhoodId, producerId);
    }

    CycleRow with(ProductCycle next) {
        return new CycleRow(productId, producerId, unitCode, provinceCode, neighbourhoodId, productName, next,
                planSummary, planFileName, planContentType, planSha256, planPath, version);
    }

    CycleRow withPlan(String summary, String fileName, String contentType, String sha256, String path) {
        return new CycleRow(productId, producerId, unitCode, provinceCode, neighbourhoodId, productName, cycle, summary,
                fileName, contentType, sha256, path, version);
    }
}
