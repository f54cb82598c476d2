package ocop.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ocop.access.AccessApi;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.access.CurrentUser;
import ocop.certification.CertificateExpired;
import ocop.certification.CertificationApi;
import ocop.inspection.AdHocInput;
import ocop.inspection.AdHocReason;
import ocop.inspection.AdHocRequestView;
import ocop.inspection.domain.InspectionPermissions;
import ocop.registry.ProductView;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yêu cầu kiểm tra đột xuất: raised by an officer (a complaint, an expired certificate by hand, another reason) or by
 * the system when a certificate expires (once per certificate, without a signed-in user: {@code raised_by} null).
 */
@Service
class AdHocRequests {

    static final String ENTITY = "inspection_request";

    private final JdbcClient jdbc;
    private final ProductFacts facts;
    private final AccessApi access;
    private final CertificationApi certification;
    private final AuditTrail audit;
    private final Clock clock;

    AdHocRequests(JdbcClient jdbc, ProductFacts facts, AccessApi access, CertificationApi certification,
                  AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.access = access;
        this.certification = certification;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AdHocRequestView raise(AdHocInput input) {
        CurrentUser user = access.currentUser();
        List<FieldError> errors = new ArrayList<>();
        if (input.productId() == null) {
            errors.add(new FieldError("productId", "Chọn sản phẩm cần kiểm tra."));
        }
        if (input.reason() == null) {
            errors.add(new FieldError("reason", "Chọn lý do kiểm tra đột xuất."));
        }
        String source = InspectionPlans.blankToNull(input.sourceRef());
        if (input.reason() == AdHocReason.COMPLAINT && source == null) {
            errors.add(new FieldError("sourceRef", "Ghi số, ngày của đơn phản ánh."));
        }
        if (source != null && source.length() > 200) {
            errors.add(new FieldError("sourceRef", "Căn cứ tối đa 200 ký tự."));
        }
        if (input.note() != null && input.note().length() > 2000) {
            errors.add(new FieldError("note", "Ghi chú tối đa 2000 ký tự."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ProductView product = facts.product(input.productId());
        String province = facts.provinceOf(product.unitCode());
        if (!InspectionPermissions.mayWrite(user, product.unitCode(), province)) {
            throw new ForbiddenException("Bạn không được đề nghị kiểm tra sản phẩm này.");
        }
        if (input.reason() == AdHocReason.EXPIRED_CERTIFICATE) {
            source = expiredCertificate(source, product.id());
        }
        Optional<Long> id = insert(product.unitCode(), province, product.id(), product.producerId(), input.reason(),
                source, InspectionPlans.blankToNull(input.note()), user.username());
        if (id.isEmpty()) {
            throw new ConflictException("sourceRef", "Đã có yêu cầu kiểm tra cho giấy chứng nhận này.");
        }
        AdHocRequestView view = view(load(id.get(), user));
        audit.record(ENTITY, id.get(), product.unitCode(), AuditAction.CREATE, null, view);
        return view;
    }

    /** The certificate id of the product, checked through certification. */
    private String expiredCertificate(String source, long productId) {
        long certificateId;
        try {
            certificateId = Long.parseLong(source == null ? "" : source);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("sourceRef", "Chọn giấy chứng nhận đã hết hiệu lực của sản phẩm.");
        }
        return certification.certificate(certificateId).filter(c -> c.productId() == productId)
                .map(c -> Long.toString(c.id()))
                .orElseThrow(() -> new InvalidInputException("sourceRef",
                        "Không tìm thấy giấy chứng nhận này của sản phẩm."));
    }

    /**
     * From {@link CertificateExpired}, with no signed-in user: one request per certificate (a second delivery adds
     * nothing). The producer is filled when a visit starts from it.
     */
    @Transactional
    public boolean raiseForExpiredCertificate(CertificateExpired event) {
        Optional<Long> id = insert(event.unitCode(), facts.provinceOf(event.unitCode()), event.productId(), null,
                AdHocReason.EXPIRED_CERTIFICATE, Long.toString(event.certificateId()),
                "Giấy chứng nhận hết hiệu lực từ ngày " + event.expiredOn().format(
                        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                        + ": kiểm tra việc ngừng sử dụng biểu trưng OCOP và hạng sao.", null);
        id.ifPresent(i -> audit.record(ENTITY, i, event.unitCode(), AuditAction.CREATE, null, event));
        return id.isPresent();
    }

    private Optional<Long> insert(String unit, String province, long productId, Long producerId, AdHocReason reason,
                                  String source, String note, String by) {
        return jdbc.sql("""
                INSERT INTO inspection.adhoc_request (unit_code, province_code, product_id, producer_id, reason,
                                                      source_ref, note, raised_on, raised_by)
                VALUES (:u, :p, :product, :producer, :reason, :source, :note, :on, :by)
                ON CONFLICT (source_ref) WHERE reason = 'EXPIRED_CERTIFICATE' DO NOTHING RETURNING id""")
                .param("u", unit).param("p", province).param("product", productId).param("producer", producerId)
                .param("reason", reason.name()).param("source", source).param("note", note)
                .param("on", LocalDate.now(clock)).param("by", by).query(Long.class).optional();
    }

    AdHocRow load(long id, CurrentUser user) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        String scope = InspectionScope.internal(user, "r", params);
        return jdbc.sql(AdHocRow.SELECT + " WHERE r.id = :id AND " + scope).params(params).query(AdHocRow.class)
                .optional().orElseThrow(() -> new NotFoundException("Không tìm thấy yêu cầu kiểm tra."));
    }

    @Transactional(readOnly = true)
    public List<AdHocRequestView> waiting() {
        Map<String, Object> params = new HashMap<>();
        String scope = InspectionScope.internal(access.currentUser(), "r", params);
        ProductFacts.Names names = facts.names();
        return jdbc.sql(AdHocRow.SELECT + " WHERE " + scope + " AND NOT EXISTS (SELECT 1 FROM inspection.visit v "
                        + "WHERE v.adhoc_request_id = r.id) ORDER BY r.raised_on, r.id")
                .params(params).query(AdHocRow.class).list().stream().map(r -> view(r, names)).toList();
    }

    AdHocRequestView view(AdHocRow r) {
        return view(r, facts.names());
    }

    private static AdHocRequestView view(AdHocRow r, ProductFacts.Names names) {
        return new AdHocRequestView(r.id(), r.unitCode(), r.productId(), names.product(r.productId()), r.reason(),
                r.sourceRef(), r.note(), r.raisedOn(), r.raisedBy(), r.visitId());
    }
}
