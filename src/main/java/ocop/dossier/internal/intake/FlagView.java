package ocop.dossier.internal.intake;

import java.time.OffsetDateTime;
import ocop.dossier.domain.FlagStatus;

/**
 * A potential product flagged by a neighbourhood head (sản phẩm tiềm năng do trưởng khu phố đề xuất): what it is, who
 * makes it and how to reach them, the note, and how the officer followed it up (the registered product, or a note).
 */
public record FlagView(long id, String unitCode, Long neighbourhoodId, String neighbourhoodName, String name,
                       String maker, String contact, String note, FlagStatus status, String outcomeNote, Long productId,
                       String createdBy, OffsetDateTime createdAt, String closedBy, OffsetDateTime closedAt,
                       int version) {
}
