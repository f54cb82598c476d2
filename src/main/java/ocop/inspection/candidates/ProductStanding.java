package ocop.inspection.candidates;

/**
 * Vị trí của sản phẩm trong Chương trình (where a product stands) for the ready list.
 *
 * @param certificateInForce a certificate of the product lets it use the OCOP mark today
 * @param revoked            the product's recognition was revoked (registry status)
 * @param dossierFiled       a dossier of the product, of any kind, is filed and not yet decided
 */
public record ProductStanding(boolean certificateInForce, boolean revoked, boolean dossierFiled) {
}
