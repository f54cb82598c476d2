package ocop.dossier.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import ocop.dossier.DossierKind;
import ocop.dossier.DossierStatus;

/** A dossier as stored (dossier.dossier); {@code forms} is Mẫu 02's typed fields, code → text. */
public record DossierRow(long id, long productId, long producerId, String unitCode, String provinceCode, Long neighbourhoodId,
                  String productName, String producerName, String classificationCode, DossierKind kind, int year,
                  int round, DossierStatus status, String registrationNo, LocalDate receivedOn, LocalDate wardDeadline,
                  String sheetCode, Integer sheetVersion, Map<String, String> forms, Long form01DocumentId,
                  Long form02DocumentId, String createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                  int version) {

    boolean inScope(ocop.access.UnitScope scope) {
        return scope.includes(provinceCode, unitCode, neighbourhoodId, producerId);
    }
}
