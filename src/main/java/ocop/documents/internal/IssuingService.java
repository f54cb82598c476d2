package ocop.documents.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.access.CurrentUser;
import ocop.documents.DocumentIssued;
import ocop.documents.IssuedDocument;
import ocop.documents.domain.ComposedDocument;
import ocop.documents.domain.DocumentNumber;
import ocop.documents.domain.DocumentPermissions;
import ocop.documents.domain.OutgoingDocument;
import ocop.system.ConflictException;
import ocop.system.ForbiddenException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing (ban hành): a ward leader turns a draft into a numbered, dated, signed document in one transaction — the
 * draft row locked, the next number drawn from the register, the settings and signer frozen, the PDF and DOCX
 * rendered and stored with their SHA-256, a replaced document marked, {@link DocumentIssued} published.
 */
@Service
public class IssuingService {

    private final DocumentRepository repository;
    private final DocumentReader reader;
    private final SettingsService settings;
    private final RegisterCounterJdbc counter;
    private final DocumentRendering rendering;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IssuingService(DocumentRepository repository, DocumentReader reader, SettingsService settings,
                   RegisterCounterJdbc counter, DocumentRendering rendering, AuditTrail audit,
                   ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.reader = reader;
        this.settings = settings;
        this.counter = counter;
        this.rendering = rendering;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public IssuedDocument issue(long id) {
        CurrentUser me = reader.user();
        DocumentRow row = reader.lockedReadable(id, me);
        if (!DocumentPermissions.mayIssue(me)) {
            throw new ForbiddenException("Chỉ lãnh đạo UBND phường được ban hành văn bản.");
        }
        IssuingSettings current = settings.forUnit(row.unitCode());
        SignerRecord signer = current.signer(row.signerId()).orElseThrow(() -> new ConflictException("signerId",
                row.signerId() == null ? "Chưa có người ký: hãy khai báo người ký trong trang Thiết lập văn bản."
                        : "Người ký đã chọn không còn trong thiết lập: hãy sửa dự thảo và chọn người ký khác."));
        OutgoingDocument replaced = row.replacesId() == null ? null
                : DocumentReader.domain(reader.lockedReadable(row.replacesId(), me));
        if (replaced != null) {
            OutgoingDocument.checkReplaceable(replaced, row.unitCode());
        }
        OutgoingDocument doc = DocumentReader.domain(row);
        LocalDate today = LocalDate.now(clock);
        DocumentNumber number = doc.issue(current.body(), today, counter);
        IssuingFrame frame = new IssuingFrame(current.body(), signer.toSigner());
        ComposedDocument composed = rendering.compose(doc, frame);
        String title = doc.content().type().label() + " số " + number.text() + ": " + doc.content().subject();
        byte[] pdf = rendering.pdf(composed, title, frame);
        byte[] docx = rendering.docx(composed, title, frame);
        String pdfSha = sha256(pdf);
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            repository.markIssued(id, number, today, me.username(), signer.id(), ContentJson.write(frame),
                    doc.content().subject(), now);
        } catch (DuplicateKeyException e) {
            throw new ConflictException(null, "Số " + number.text() + " đã có trong sổ năm " + today.getYear()
                    + ". Hãy thử ban hành lại.");
        }
        repository.storeFile(id, "PDF", pdf, pdfSha);
        repository.storeFile(id, "DOCX", docx, sha256(docx));
        if (replaced != null) {
            replaced.replaceBy(id);
            repository.markReplaced(replaced.id(), id, now);
        }
        audit.record(DraftService.ENTITY, id, row.unitCode(), AuditAction.UPDATE, DocumentReader.view(row),
                DocumentReader.view(reader.readable(id, me)));
        events.publishEvent(new DocumentIssued(id, row.unitCode(), doc.content().type(), number.text(), today));
        return new IssuedDocument(id, number.text(), today, pdfSha);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
