package ocop.dossier.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ocop.access.CurrentUser;
import ocop.access.Role;
import ocop.criteria.SelfAssessmentSummary;
import ocop.dossier.DossierAction;
import ocop.dossier.DossierForms;
import ocop.dossier.DossierStatus;
import ocop.dossier.DossierSummary;
import ocop.dossier.ReturnReason;
import ocop.dossier.domain.DossierPermissions;
import ocop.dossier.domain.FormCatalog;
import ocop.dossier.domain.FormCheck;
import ocop.dossier.domain.Transitions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a dossier in full for its page and the API (đọc hồ sơ): forms, evidence, the form check, the actions the
 * user may take from {@link Transitions#allowed}, the latest return's reasons, history and versions.
 */
@Service
public class DossierReader {

    private final DossierGuard guard;
    private final DossierSummaries summaries;
    private final RegistryForms registryForms;
    private final EvidenceRows evidence;
    private final DossierHistory history;
    private final DossierVersions versions;
    private final FormCheck formCheck;
    private final FormCatalog catalog;

    DossierReader(DossierGuard guard, DossierSummaries summaries, RegistryForms registryForms, EvidenceRows evidence,
                  DossierHistory history, DossierVersions versions, FormCheck formCheck, FormCatalog catalog) {
        this.guard = guard;
        this.summaries = summaries;
        this.registryForms = registryForms;
        this.evidence = evidence;
        this.history = history;
        this.versions = versions;
        this.formCheck = formCheck;
        this.catalog = catalog;
    }

    @Transactional(readOnly = true)
    public DossierView view(long id) {
        CurrentUser user = guard.user();
        DossierRow row = guard.readable(id, user);
        List<DossierAction> allowed = Transitions.allowed(row.status(), user.role());
        List<ReturnReason> reasons = row.status() == DossierStatus.RETURNED ? history.lastReturn(id) : List.of();
        Optional<SelfAssessmentSummary> self = summaries.selfAssessment(row.productId());
        DossierSummary summary = summaries.of(row, self.map(SelfAssessmentSummary::id).orElse(null));
        return new DossierView(summary, row.classificationCode(),
                registryForms.fields(row.productId(), row.producerId(), row.kind()), row.forms(), evidence.of(id),
                check(row), allowed.stream().filter(a -> !a.recordsResult()).toList(),
                allowed.stream().anyMatch(DossierAction::recordsResult),
                DossierPermissions.mayEdit(user, row.producerId(), row.status()), reasons, history.of(id),
                versions.list(id), row.form01DocumentId(), row.form02DocumentId(), user.is(Role.WARD_OFFICER, Role.ADMIN),
                self.orElse(null));
    }

    /** All fields of Mẫu 01 and Mẫu 02, registry-filled and typed, with their labels. */
    @Transactional(readOnly = true)
    public DossierForms forms(long id) {
        DossierRow row = guard.readable(id, guard.user());
        Map<String, String> fields = new LinkedHashMap<>(registryForms.fields(row.productId(), row.producerId(),
                row.kind()));
        fields.putAll(row.forms());
        Map<String, String> labels = new LinkedHashMap<>();
        fields.keySet().forEach(code -> labels.put(code, catalog.label(code)));
        return new DossierForms(id, row.kind(), fields, labels);
    }

    /** What the dossier still lacks, today. */
    List<FormCheck.Finding> check(DossierRow row) {
        List<FormCheck.Piece> pieces = evidence.of(row.id()).stream()
                .map(e -> new FormCheck.Piece(e.itemCode(), e.expiresOn())).toList();
        return formCheck.check(new FormCheck.Input(row.kind(), row.classificationCode(), row.forms(), pieces),
                summaries.today());
    }
}
