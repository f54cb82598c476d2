package ocop.dossier.internal;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ocop.access.CurrentUser;
import ocop.dossier.domain.DossierSnapshot;
import ocop.dossier.domain.EvidenceChecklist;
import ocop.dossier.domain.FormCatalog;
import ocop.dossier.domain.VersionDiff;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Snapshots of every submitted version (bản chụp mỗi lần nộp) and what changed between two of them, field by field
 * with the forms' labels, and the evidence added and removed.
 */
@Service
public class SnapshotService {

    private final DossierGuard guard;
    private final DossierVersions versions;
    private final RegistryForms registryForms;
    private final EvidenceRows evidence;
    private final FormCatalog catalog;
    private final EvidenceChecklist checklist;

    SnapshotService(DossierGuard guard, DossierVersions versions, RegistryForms registryForms, EvidenceRows evidence,
                    FormCatalog catalog, EvidenceChecklist checklist) {
        this.guard = guard;
        this.versions = versions;
        this.registryForms = registryForms;
        this.evidence = evidence;
        this.catalog = catalog;
        this.checklist = checklist;
    }

    /** A field that changed, with its label. */
    public record FieldChange(String code, String label, String before, String after) {
    }

    /** A piece added or removed, with its item's name. */
    public record PieceChange(String itemCode, String itemName, DossierSnapshot.EvidenceRef piece) {
    }

    /** The comparison page: the versions, the two compared and their differences. */
    public record Comparison(long dossierId, List<VersionInfo> versions, Integer from, Integer to,
                             List<FieldChange> fields, List<PieceChange> added, List<PieceChange> removed) {

        public boolean empty() {
            return fields.isEmpty() && added.isEmpty() && removed.isEmpty();
        }
    }

    /** Freezes the dossier as it is now as the next version. */
    DossierSnapshot take(DossierRow row, String action, CurrentUser user, OffsetDateTime at) {
        Map<String, String> fields = new LinkedHashMap<>(registryForms.fields(row.productId(), row.producerId(),
                row.kind()));
        fields.putAll(row.forms());
        List<DossierSnapshot.EvidenceRef> pieces = evidence.of(row.id()).stream()
                .map(e -> new DossierSnapshot.EvidenceRef(e.itemCode(), e.fileName(), e.sha256(), e.issuer(),
                        e.number(), e.issuedOn(), e.expiresOn())).toList();
        DossierSnapshot snapshot = new DossierSnapshot(versions.nextNumber(row.id()), action, at.toLocalDate(),
                user.username(), fields, pieces);
        versions.insert(row.id(), snapshot, at);
        return snapshot;
    }

    @Transactional(readOnly = true)
    public List<VersionInfo> list(long dossierId) {
        guard.readable(dossierId, guard.user());
        return versions.list(dossierId);
    }

    @Transactional(readOnly = true)
    public DossierSnapshot snapshot(long dossierId, int number) {
        guard.readable(dossierId, guard.user());
        return versions.get(dossierId, number).orElseThrow(() -> new NotFoundException("Không có lần nộp số " + number + "."));
    }

    /** Compares two versions; without numbers, the last two (or nothing when fewer than two). */
    @Transactional(readOnly = true)
    public Comparison compare(long dossierId, Integer from, Integer to) {
        guard.readable(dossierId, guard.user());
        List<VersionInfo> all = versions.list(dossierId);
        if (from == null && to == null) {
            if (all.size() < 2) {
                return new Comparison(dossierId, all, null, null, List.of(), List.of(), List.of());
            }
            from = all.get(all.size() - 2).number();
            to = all.get(all.size() - 1).number();
        }
        if (from == null || to == null || from.equals(to)) {
            throw new InvalidInputException("from", "Chọn hai lần nộp khác nhau để so sánh.");
        }
        int a = from;
        int b = to;
        DossierSnapshot older = versions.get(dossierId, Math.min(a, b)).orElseThrow(() -> missing(Math.min(a, b)));
        DossierSnapshot newer = versions.get(dossierId, Math.max(a, b)).orElseThrow(() -> missing(Math.max(a, b)));
        VersionDiff.Result diff = VersionDiff.between(older, newer);
        return new Comparison(dossierId, all, older.number(), newer.number(),
                diff.fields().stream().map(f -> new FieldChange(f.code(), catalog.label(f.code()), f.before(),
                        f.after())).toList(),
                diff.added().stream().map(this::piece).toList(), diff.removed().stream().map(this::piece).toList());
    }

    private PieceChange piece(DossierSnapshot.EvidenceRef e) {
        return new PieceChange(e.itemCode(), checklist.item(e.itemCode()).map(EvidenceChecklist.Item::name)
                .orElse(e.itemCode()), e);
    }

    private static NotFoundException missing(int number) {
        return new NotFoundException("Không có lần nộp số " + number + ".");
    }
}
