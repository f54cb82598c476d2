package ocop.dossier.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two submitted versions (so sánh hai lần nộp): field by field, and the evidence added and
 * removed. A piece whose file or paper data (issuer, number, dates) changed counts as removed and added.
 */
public final class VersionDiff {

    private VersionDiff() {
    }

    /** One field that differs: its code and the two values (null when absent). */
    public record FieldChange(String code, String before, String after) {
    }

    /** The differences from {@code from} to {@code to}. */
    public record Result(int from, int to, List<FieldChange> fields, List<DossierSnapshot.EvidenceRef> added,
                         List<DossierSnapshot.EvidenceRef> removed) {

        public boolean isEmpty() {
            return fields.isEmpty() && added.isEmpty() && removed.isEmpty();
        }
    }

    public static Result between(DossierSnapshot older, DossierSnapshot newer) {
        Set<String> codes = new LinkedHashSet<>(older.fields().keySet());
        codes.addAll(newer.fields().keySet());
        List<FieldChange> fields = new ArrayList<>();
        for (String code : codes) {
            String before = blankToNull(older.fields().get(code));
            String after = blankToNull(newer.fields().get(code));
            if (!Objects.equals(before, after)) {
                fields.add(new FieldChange(code, before, after));
            }
        }
        List<DossierSnapshot.EvidenceRef> added = newer.evidence().stream()
                .filter(e -> !older.evidence().contains(e)).toList();
        List<DossierSnapshot.EvidenceRef> removed = older.evidence().stream()
                .filter(e -> !newer.evidence().contains(e)).toList();
        return new Result(older.number(), newer.number(), fields, added, removed);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
