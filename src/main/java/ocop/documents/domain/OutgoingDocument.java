package ocop.documents.domain;

import java.time.LocalDate;
import ocop.documents.DocumentContent;
import ocop.documents.DocumentStatus;
import ocop.system.ConflictException;

/**
 * An outgoing document (văn bản đi) and its lifecycle: a draft is revised by ward officers; a leader issues it
 * (numbered, dated, frozen); a later issued document may replace it. A draft may instead be discarded (hủy dự thảo).
 * An issued or discarded document never changes: every attempt is a conflict (409).
 */
public final class OutgoingDocument {

    private final Long id;
    private final String unitCode;
    private DocumentContent content;
    private Long signerId;
    private final Long replacesId;
    private DocumentStatus status;
    private DocumentNumber number;
    private LocalDate issuedOn;
    private Long replacedById;

    private OutgoingDocument(Long id, String unitCode, DocumentContent content, Long signerId, Long replacesId,
                             DocumentStatus status, DocumentNumber number, LocalDate issuedOn, Long replacedById) {
        this.id = id;
        this.unitCode = unitCode;
        this.content = content;
        this.signerId = signerId;
        this.replacesId = replacesId;
        this.status = status;
        this.number = number;
        this.issuedOn = issuedOn;
        this.replacedById = replacedById;
    }

    /** A new draft: no number, no date. */
    public static OutgoingDocument draft(String unitCode, DocumentContent content, Long signerId, Long replacesId) {
        return new OutgoingDocument(null, unitCode, content, signerId, replacesId, DocumentStatus.DRAFT, null, null, null);
    }

    /** A stored document as it is. */
    public static OutgoingDocument restore(long id, String unitCode, DocumentContent content, Long signerId,
                                           Long replacesId, DocumentStatus status, DocumentNumber number,
                                           LocalDate issuedOn, Long replacedById) {
        return new OutgoingDocument(id, unitCode, content, signerId, replacesId, status, number, issuedOn, replacedById);
    }

    /** Revises the draft's content and signer. */
    public void revise(DocumentContent newContent, Long newSignerId) {
        requireDraft("sửa");
        if (newContent.type() != content.type()) {
            throw new ConflictException("type", "Không đổi được loại của dự thảo; hãy tạo dự thảo mới.");
        }
        this.content = newContent;
        this.signerId = newSignerId;
    }

    /**
     * Issues (ban hành) the draft: checks it is still a draft, then draws the next number of the body's register for
     * this day, so a refused issue never consumes a number.
     */
    public DocumentNumber issue(IssuingBody body, LocalDate on, SequenceCounter counter) {
        requireDraft("ban hành lại");
        this.number = OutgoingRegister.assign(body, content.type(), on, counter);
        this.issuedOn = on;
        this.status = DocumentStatus.ISSUED;
        return number;
    }

    /**
     * Discards (hủy) the draft: it will never be numbered nor issued. Only a draft; an issued document is replaced by
     * a later one instead.
     */
    public void discard() {
        requireDraft("hủy");
        this.status = DocumentStatus.DISCARDED;
    }

    /** Marks this issued document as replaced by a later issued one. */
    public void replaceBy(long laterId) {
        if (status != DocumentStatus.ISSUED) {
            throw new ConflictException("replaces", "Chỉ thay thế được văn bản đã ban hành và chưa bị thay thế.");
        }
        this.status = DocumentStatus.REPLACED;
        this.replacedById = laterId;
    }

    /** Whether {@code other} may be named as the document this draft replaces. */
    public static void checkReplaceable(OutgoingDocument other, String unitCode) {
        if (other.status != DocumentStatus.ISSUED || !other.unitCode.equals(unitCode)) {
            throw new ConflictException("replaces",
                    "Văn bản bị thay thế phải là văn bản đã ban hành, còn hiệu lực, của cùng cơ quan.");
        }
    }

    private void requireDraft(String verb) {
        if (status == DocumentStatus.DISCARDED) {
            throw new ConflictException(null, "Dự thảo này đã bị hủy, không được " + verb
                    + " nữa. Hãy soạn dự thảo mới.");
        }
        if (status != DocumentStatus.DRAFT) {
            throw new ConflictException(null, "Văn bản đã ban hành không được " + verb + " (số "
                    + (number == null ? "?" : number.text()) + "). Nếu cần thay đổi, hãy ban hành văn bản thay thế.");
        }
    }

    public Long id() {
        return id;
    }

    public String unitCode() {
        return unitCode;
    }

    public DocumentContent content() {
        return content;
    }

    public Long signerId() {
        return signerId;
    }

    public Long replacesId() {
        return replacesId;
    }

    public DocumentStatus status() {
        return status;
    }

    public DocumentNumber number() {
        return number;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public Long replacedById() {
        return replacedById;
    }
}
