package ocop.certification.internal.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import ocop.access.AccessApi;
import ocop.access.AdministrativeUnit;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.access.CurrentUser;
import ocop.access.Role;
import ocop.certification.CertificateView;
import ocop.certification.CertificationApi;
import ocop.certification.domain.RenewalNoticeDocument;
import ocop.certification.domain.RenewalNoticePolicy;
import ocop.certification.domain.WardWording;
import ocop.documents.DocumentType;
import ocop.documents.DocumentView;
import ocop.documents.DocumentsApi;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Thông báo đánh giá lại (the ward's renewal notice): the ward officer drafts one Thông báo (TB, the default) or công
 * văn (CV) for the certificates chosen — each in the officer's scope (else 404) and in or approaching its Điều 7.6.a
 * window ({@link RenewalNoticePolicy}, else 400 naming it) — through {@link DocumentsApi#createDraft}, and records
 * which certificates it covers. A certificate is in one notice per window: a second draft is refused (409) while the
 * first is a draft or issued, unless the new one replaces that issued notice ({@code replaces}, its document id) or
 * it was replaced already, or its draft was discarded. The leader issues the draft on the documents pages;
 * {@link RenewalNoticeIssuedListener} then marks it issued; {@link RenewalNoticeDiscardedListener} marks a notice whose
 * draft was discarded, which frees its certificates. Drafting and both marks are audited.
 */
@Service
public class RenewalNotices {

    static final String ENTITY = "renewal_notice";
    static final int MAX_CERTIFICATES = 200;

    private final CertificationApi certification;
    private final RenewalNoticeRepository repository;
    private final RenewalNoticePolicy policy;
    private final DocumentsApi documents;
    private final AccessApi access;
    private final AuditTrail audit;
    private final Clock clock;
    private final String contactPhone;

    RenewalNotices(CertificationApi certification, RenewalNoticeRepository repository, RenewalNoticePolicy policy,
                   DocumentsApi documents, AccessApi access, AuditTrail audit, Clock clock,
                   @Value("${ocop.certification.renewal-notice.contact-phone:}") String contactPhone) {
        this.certification = certification;
        this.repository = repository;
        this.policy = policy;
        this.documents = documents;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.contactPhone = contactPhone;
    }

    /** Who may draft a notice: the ward officer (and an admin for a ward). */
    public static boolean mayDraft(CurrentUser user) {
        return user.is(Role.WARD_OFFICER, Role.ADMIN);
    }

    /** What was recorded with the draft, for the audit trail. */
    record Audited(long documentId, String type, Long replacesDocumentId, List<String> certificates) {
    }

    /**
     * Drafts the notice for {@code certificateIds} as the signed-in user; {@code type} "TB" (default when blank) or
     * "CV"; {@code replaces} the document id of an issued notice the new one replaces, or null.
     */
    @Transactional
    public DocumentView draft(List<Long> certificateIds, String type, Long replaces) {
        CurrentUser me = access.currentUser();
        if (!mayDraft(me)) {
            throw new ForbiddenException("Chỉ cán bộ Phòng Kinh tế soạn thông báo đánh giá lại.");
        }
        DocumentType documentType = type(type);
        List<Long> ids = ids(certificateIds);
        repository.lockCertificates(ids);
        List<CertificateView> chosen = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            CertificateView c = certification.certificate(id)
                    .orElseThrow(() -> new NotFoundException("Không tìm thấy giấy chứng nhận " + id + "."));
            policy.refusal(c.status(), c.validUntil(), today).ifPresent(reason ->
                    errors.add(new FieldError(field(ids, id), name(c) + ": " + reason)));
            chosen.add(c);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Set<String> units = chosen.stream().map(CertificateView::unitCode).collect(Collectors.toSet());
        if (units.size() > 1) {
            throw new InvalidInputException("certificateIds", "Một thông báo chỉ gồm giấy chứng nhận của một phường, xã.");
        }
        String unitCode = units.iterator().next();
        RenewalNoticeRow replaced = replaced(replaces, unitCode);
        for (CertificateView c : chosen) {
            repository.covering(c.id(), c.validUntil()).stream()
                    .filter(n -> replaced == null || n.id() != replaced.id())
                    .filter(this::stillStanding).findFirst()
                    .ifPresent(n -> {
                        throw new ConflictException(field(ids, c.id()), name(c) + " đã có trong " + describe(n));
                    });
        }
        AdministrativeUnit unit = access.unit(unitCode)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy đơn vị " + unitCode + "."));
        List<CertificateView> ordered = chosen.stream().sorted(Comparator.comparing(CertificateView::validUntil)
                .thenComparing(CertificateView::productName).thenComparingLong(CertificateView::id)).toList();
        List<RenewalNoticeDocument.Line> lines = ordered.stream().map(c -> new RenewalNoticeDocument.Line(
                c.productName(), c.producerName(), c.number(), c.stars(), c.validUntil(), c.renewalWindowOpensOn(),
                c.renewalWindowClosesOn())).toList();
        DocumentView doc = documents.createDraft(RenewalNoticeDocument.draft(new RenewalNoticeDocument.Facts(
                documentType, unit.name(), lines, me.fullName(), contactPhone, unitCode,
                replaced == null ? null : replaced.documentId())));
        long noticeId = repository.insert(doc.id(), unitCode, unit.provinceCode(), documentType.name(),
                replaced == null ? null : replaced.id(), me.username());
        for (CertificateView c : ordered) {
            repository.cover(noticeId, c.id(), c.validUntil(), c.renewalWindowOpensOn(), c.renewalWindowClosesOn());
        }
        audit.record(ENTITY, noticeId, unitCode, AuditAction.CREATE, null, new Audited(doc.id(), documentType.name(),
                replaced == null ? null : replaced.documentId(), ordered.stream().map(RenewalNotices::name).toList()));
        return doc;
    }

    /**
     * Marks a draft notice whose document was discarded (hủy dự thảo): its certificates are free for a new notice.
     * Idempotent: a notice no longer a draft is left as it is.
     */
    void markDiscarded(RenewalNoticeRow n) {
        if (repository.markDiscarded(n.id())) {
            audit.record(ENTITY, n.id(), n.unitCode(), AuditAction.UPDATE, n,
                    repository.byDocument(n.documentId()).orElseThrow());
        }
    }

    /**
     * Whether a covering notice still holds its certificates. A draft whose document was discarded does not, even
     * before {@link RenewalNoticeDiscardedListener} ran (it runs after the discard commits): it is marked here.
     */
    private boolean stillStanding(RenewalNoticeRow n) {
        if (!n.draft() || !documents.get(n.documentId()).discarded()) {
            return true;
        }
        markDiscarded(n);
        return false;
    }

    private static DocumentType type(String type) {
        if (type == null || type.isBlank()) {
            return DocumentType.TB;
        }
        String code = type.strip().toUpperCase(Locale.ROOT);
        if (code.equals("TB") || code.equals("CV")) {
            return DocumentType.valueOf(code);
        }
        throw new InvalidInputException("type", "Chọn loại văn bản: Thông báo (TB) hoặc công văn (CV).");
    }

    private static List<Long> ids(List<Long> certificateIds) {
        List<Long> ids = certificateIds == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(certificateIds.stream().filter(Objects::nonNull).toList()));
        if (ids.isEmpty()) {
            throw new InvalidInputException("certificateIds", "Chọn ít nhất một giấy chứng nhận để thông báo.");
        }
        if (ids.size() > MAX_CERTIFICATES) {
            throw new InvalidInputException("certificateIds",
                    "Một thông báo gồm tối đa " + MAX_CERTIFICATES + " giấy chứng nhận.");
        }
        return ids;
    }

    private RenewalNoticeRow replaced(Long replaces, String unitCode) {
        if (replaces == null) {
            return null;
        }
        return repository.byDocument(replaces).filter(n -> n.unitCode().equals(unitCode) && n.issued())
                .orElseThrow(() -> new InvalidInputException("replaces",
                        "Chỉ thay thế được một thông báo đánh giá lại đã ban hành, chưa bị thay thế, của cùng phường."));
    }

    private static String field(List<Long> ids, long id) {
        return "certificateIds[" + ids.indexOf(id) + "]";
    }

    public static String name(CertificateView c) {
        return "Giấy chứng nhận số " + WardWording.number(c.number()) + " (" + c.productName() + ")";
    }

    private static String describe(RenewalNoticeRow n) {
        if (n.issued()) {
            return "thông báo số " + n.numberText() + " ngày " + WardWording.day(n.issuedOn())
                    + " của thời hạn này. Muốn thông báo lại, hãy soạn văn bản thay thế thông báo đó.";
        }
        return "một dự thảo thông báo chưa ban hành (dự thảo mã " + n.documentId()
                + " trong mục Văn bản). Hãy sửa dự thảo đó và trình lãnh đạo ban hành, hoặc hủy dự thảo đó để soạn lại.";
    }
}
