package ocop.inspection;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A photo from the phone's camera (ảnh hiện trường): the bytes, the checklist item it shows (optional), and the
 * browser's position and accuracy in metres when the inspector allowed it, and when it was taken (optional).
 */
public record PhotoInput(String fileName, byte[] bytes, String itemCode, BigDecimal latitude, BigDecimal longitude,
                         BigDecimal accuracyMetres, OffsetDateTime takenAt) {
}
