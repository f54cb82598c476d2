package ocop.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What other modules ask of dossiers (hồ sơ OCOP). Every call acts as the signed-in user and is scoped like the
 * registry: outside the user's scope a dossier does not exist (empty, or {@link ocop.system.NotFoundException});
 * a role that may not do something gets {@link ocop.system.ForbiddenException}; a stale version or a move not allowed
 * from the current state gets {@link ocop.system.ConflictException}. Moves go through
 * {@link ocop.dossier.domain.Transitions}; each is audited, published ({@link DossierTransitioned}, and
 * {@link DossierSubmitted} on receipt) and told to whoever must act next.
 */
public interface DossierApi {

    Optional<DossierSummary> dossier(long id);

    /** Dossiers of the user's scope in the given states (all states when empty), newest first. */
    List<DossierSummary> dossiers(List<DossierStatus> states);

    /** The dossiers of one product in the user's scope, newest first. */
    List<DossierSummary> dossiersOfProduct(long productId);

    /**
     * Applies an action (e.g. START_ASSESSMENT, ISSUE_REPORT after the leader issued Mẫu 03, SEND_TO_PROVINCE after
     * the request was issued), checking the role, the state and the optimistic-lock {@code expectedVersion} (null: no
     * check). For RETURN the note is the reason (use {@link #returnDossier} to give one per item). The RECORD_*
     * actions are refused here: use {@link #recordResult}.
     */
    DossierSummary apply(long id, DossierAction action, String note, Integer expectedVersion);

    /** Returns the dossier for completion with a reason per missing or faulty item (at least one). */
    DossierSummary returnDossier(long id, List<ReturnReason> reasons, Integer expectedVersion);

    /**
     * Records the province's (or ministry's) result on a dossier sent to the province: RECOGNISED for 3★–4★ (5★ after
     * the ministry), PROPOSED_TO_MINISTRY when the score is 90 or more at the province, NOT_RECOGNISED below 50 or on
     * an explicit refusal (thresholds are settings). Updates the registry's star history and status and publishes
     * {@link RecognitionRecorded} when recognised.
     */
    DossierSummary recordResult(long id, ResultInput input);

    /** Mẫu 01 and Mẫu 02 as fields, registry-filled and typed (for reports such as Mẫu 03). */
    DossierForms forms(long id);

    /** The dossier's evidence pieces. */
    List<DossierEvidence> evidence(long id);

    /** One piece's file (e.g. for the package sent to the province). */
    EvidenceFile evidenceFile(long id, long evidenceId);

    /**
     * Opens a re-evaluation ({@link DossierKind#REEVALUATION}) or upgrade ({@link DossierKind#UPGRADE}) dossier for a
     * recognised product as the signed-in user, for the next round, carrying over the previous dossier's evidence
     * that is still valid. Refused ({@link ocop.system.ConflictException}, in Vietnamese) when a dossier of that kind
     * is already open for the product, or any other dossier is open; {@link ocop.system.InvalidInputException} for
     * another kind or a product never recognised.
     */
    DossierSummary openFollowUp(long productId, DossierKind kind);

    /**
     * The date the province's council is expected to have evaluated a dossier: the evaluated-before date of the
     * dossier's round, or of the next round open to filing today when {@code dossierId} is null (or not visible).
     */
    LocalDate expectedCouncilDate(Long dossierId);
}
