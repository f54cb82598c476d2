package ocop.dossier.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A frozen copy of a submitted version (bản hồ sơ đã nộp): every field of Mẫu 01 and Mẫu 02 as shown (those filled
 * from the registry included) and the evidence pieces, numbered 1, 2, … per dossier.
 */
public record DossierSnapshot(int number, String action, LocalDate on, String actor, Map<String, String> fields,
                              List<EvidenceRef> evidence) {

    public DossierSnapshot {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A piece of evidence as submitted: its item, file and the paper's data. */
    public record EvidenceRef(String itemCode, String fileName, String sha256, String issuer, String number,
                              LocalDate issuedOn, LocalDate expiresOn) {
    }
}
