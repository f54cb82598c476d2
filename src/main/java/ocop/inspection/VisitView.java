package ocop.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import ocop.certification.Article8Ground;

/**
 * Biên bản kiểm tra (a visit) in full: origin (plan item, ad-hoc request, or reason and source), kind and chain,
 * checklist grouped by section in template order with the answers, photos, findings with their actions, and the
 * outcome once submitted. {@code clientDraftId}/{@code clientDraftVersion}: the last stored save of the form.
 * {@code proposalDocumentId}: for PROPOSE_REVOCATION, the draft (then issued) proposal to the province in the documents
 * module (văn bản đề nghị thu hồi), null until drafted; {@code proposalNumber}/{@code proposalIssuedOn} once the ward
 * leader issued it.
 */
public record VisitView(long id, String unitCode, long productId, String productName, long producerId,
                        String producerName, Long planItemId, Long adHocRequestId, AdHocReason reason,
                        String sourceRef, VisitKind kind, Long previousVisitId, Long rootVisitId, LocalDate visitedOn,
                        List<Inspector> inspectors, VisitStatus status, String templateCode, int templateVersion,
                        Integer starsAtVisit, String criteriaSheetCode, Integer criteriaSheetVersion,
                        List<Section> sections, List<Photo> photos, List<FindingView> findings,
                        InspectionOutcome outcome, Article8Ground revocationGround, String conclusion,
                        String clientDraftId, int clientDraftVersion, Long proposalDocumentId, String proposalNumber,
                        LocalDate proposalIssuedOn, int version) {

    /** A section of the checklist (nhóm nội dung kiểm tra) with its items. */
    public record Section(String code, String name, List<Item> items) {
    }

    /**
     * A checklist item (nội dung kiểm tra) and its answer (null until answered); {@code criterionCode}: the criteria
     * sheet item it comes from, for the product's mandatory criteria.
     */
    public record Item(String code, String text, String hint, String criterionCode, Answer answer, String note) {
    }

    /** A photo (ảnh hiện trường) with the position the browser gave, if any. */
    public record Photo(long id, String itemCode, String fileName, String contentType, long sizeBytes, String sha256,
                        BigDecimal latitude, BigDecimal longitude, BigDecimal accuracyMetres,
                        OffsetDateTime takenAt) {
    }

    /** Every item, in order. */
    public List<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }
}
