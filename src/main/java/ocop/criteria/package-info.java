/**
 * Criteria (Bộ tiêu chí OCOP): owns the 26 criteria sheets of QĐ 26/2026/QĐ-TTg and the 148-era sheet as versioned
 * data, their validation, sheet selection by sub-group and date, and the scoring engine (stars, minimum requirements,
 * disqualification, gap to the next class, council mean), the administrators' sheet imports, and the producers'
 * self-assessment (tự đánh giá) of their products, from which it tells a ranked product what it misses to reach
 * the next class ({@link ocop.criteria.UpgradeGap}). Publishes {@link ocop.criteria.CriteriaApi} and its records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Criteria (Bộ tiêu chí OCOP)",
        allowedDependencies = {"system", "access", "registry"})
package ocop.criteria;
