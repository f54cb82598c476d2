package ocop.dossier;

import java.time.LocalDate;
import ocop.dossier.DossierKind;
import ocop.dossier.DossierStatus;

/**
 * One dossier as lists and other modules see it: product and producer, kind, year and round, state, the Mẫu 01
 * registration number, the day the ward received it and its 15-working-day deadline (null before receipt).
 */
public record DossierSummary(long id, long productId, String productName, long producerId, String producerName,
                             String unitCode, DossierKind kind, int year, int round, DossierStatus status,
                             String registrationNo, LocalDate receivedOn, LocalDate wardDeadline,
                             Integer workingDaysLeft, String sheetCode, Integer sheetVersion, Long selfAssessmentId,
                             int version) {
}
