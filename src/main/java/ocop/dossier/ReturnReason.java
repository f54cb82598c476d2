package ocop.dossier;

/**
 * Why a dossier is returned (lý do trả lại), one per missing or faulty item: {@code item} is an evidence code of the
 * checklist ({@code E05}), a form field ({@code p2.market}) or {@code general}; {@code reason} says what to do.
 */
public record ReturnReason(String item, String reason) {
}
