package ocop.assessment.internal;

import java.time.LocalDateTime;
import java.util.List;

/** A row of {@code assessment.meeting} with the dossiers on its agenda, in order. */
record MeetingRow(long id, String unitCode, String provinceCode, LocalDateTime heldAt, String place, String chair,
                  List<String> units, Long invitationDocumentId, Long minutesDocumentId, String createdBy,
                  List<Long> dossierIds) {
}
