package ocop.inspection;

/**
 * Đề nghị kiểm tra đột xuất as typed: the product, why and where it comes from (a complaint's reference, a certificate
 * id), a note.
 */
public record AdHocInput(Long productId, AdHocReason reason, String sourceRef, String note) {
}
