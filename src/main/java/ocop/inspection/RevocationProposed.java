package ocop.inspection;

import java.time.LocalDate;
import ocop.certification.Article8Ground;

/**
 * An inspection concluded by proposing to revoke the product's certificate (đề nghị thu hồi giấy chứng nhận, Điều 8.1):
 * published in the transaction that submits the visit. The module itself listens after commit and drafts the
 * proposal to the province through the documents module, as {@code submittedBy} (once per visit however often the
 * event is delivered); other modules may react too (e.g. flag the product).
 */
public record RevocationProposed(long visitId, String unitCode, long productId, long producerId, Article8Ground ground,
                                 LocalDate visitedOn, String submittedBy) {
}
