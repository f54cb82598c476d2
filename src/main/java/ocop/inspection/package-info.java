/**
 * Inspection (Kiểm tra, giám sát — hậu kiểm, QĐ 26/2026/QĐ-TTg Điều 9; Kế hoạch 1411 mục III.5). This part: the
 * candidate lists the inspection plan reviews (danh sách rà soát) — products ready for evaluation, ranked products
 * close to the next class, and certificates at risk — computed on request from the registry, criteria,
 * dossier and certification APIs (no tables of its own yet), shown at {@code /candidates}, served at
 * {@code /api/v1/candidates/{kind}} (JSON, XLSX). Publishes {@link ocop.inspection.CandidateLists} and the
 * {@code Candidate…} records. Selection rules are plain Java in {@code ocop.inspection.candidates}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspection (Kiểm tra, giám sát)",
        allowedDependencies = {"system", "access", "registry", "criteria", "dossier", "certification"})
package ocop.inspection;
