package ocop.dossier;

/**
 * Kind of dossier (loại hồ sơ, QĐ 26/2026/QĐ-TTg Điều 6.1): first evaluation (lần đầu), upgrade (nâng hạng: what
 * changed since recognition), re-evaluation at the end of the 36 months (đánh giá, phân hạng lại).
 */
public enum DossierKind {
    FIRST, UPGRADE, REEVALUATION;

    public String labelKey() {
        return "dossier.kind." + name();
    }
}
