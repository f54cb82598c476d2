package ocop.dossier;

import java.time.LocalDate;

/** A dossier reached the ward (đã nộp / nộp bổ sung): the 15-working-day clock runs from {@code receivedOn}. */
public record DossierSubmitted(long dossierId, long productId, String unitCode, String registrationNo,
                               LocalDate receivedOn, LocalDate wardDeadline) {
}
