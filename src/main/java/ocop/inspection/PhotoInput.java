package ocop.inspection;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A photo from the phone's camera (ảnh hiện trường): the bytes, the checklist item it shows (optional), and the
 * browser's position and accuracy in metres when the inspector allowed it, and when it was taken (optional).
 * {@code clientPhotoId} (optional): the id the phone gave the photo while it waited for a connection; with it, the
 * upload may be a resend after an unknown outcome, so the same bytes for the same item already on the visit are that
 * photo (returned, not stored twice).
 */
public record PhotoInput(String fileName, byte[] bytes, String itemCode, BigDecimal latitude, BigDecimal longitude,
                         BigDecimal accuracyMetres, OffsetDateTime takenAt, String clientPhotoId) {

    /** A photo sent once (not from the phone's waiting queue). */
    public PhotoInput(String fileName, byte[] bytes, String itemCode, BigDecimal latitude, BigDecimal longitude,
                      BigDecimal accuracyMetres, OffsetDateTime takenAt) {
        this(fileName, bytes, itemCode, latitude, longitude, accuracyMetres, takenAt, null);
    }

    /** Whether this upload may repeat one whose answer the phone never got. */
    public boolean mayBeResent() {
        return clientPhotoId != null && !clientPhotoId.isBlank();
    }
}
