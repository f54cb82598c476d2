package ocop.certification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import ocop.access.AccessApi;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.access.CurrentUser;
import ocop.access.Role;
import ocop.certification.CertificateRevoked;
import ocop.certification.RevocationInput;
import ocop.certification.domain.RevocationGround;
import ocop.certification.domain.RevocationGround.Authority;
import ocop.registry.OcopStatus;
import ocop.registry.RegistryApi;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Thu hồi giấy chứng nhận (revocation, QĐ 26/2026/QĐ-TTg Điều 8): a ward officer, a province officer (of its
 * province: the scope) or an admin records the decision — its Điều 8.1 ground, the deciding authority (Điều 8.2:
 * province for 3★/4★, ministry for 5★; the wrong one is refused), number and date (not in the future, not before the
 * issue date). In one transaction: the row is revoked from the decision date, the change is audited, the product
 * becomes {@code REVOKED} in the registry (as the caller; skipped when the certificate was already superseded) and
 * {@link CertificateRevoked} is published; the ward's open revocation proposal, if any, becomes DECIDED. A certificate
 * is revoked once (409 afterwards).
 */
@Service
class Revocations {

    static final String ENTITY = "certificate";

    private final CertificateRepository repository;
    private final RegistryApi registry;
    private final AccessApi access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProposalTransitions proposals;

    Revocations(CertificateRepository repository, RegistryApi registry, AccessApi access, AuditTrail audit,
                ApplicationEventPublisher events, Clock clock, ProposalTransitions proposals) {
        this.proposals = proposals;
        this.repository = repository;
        this.registry = registry;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the user may record a revocation at all (the form is shown only then). */
    static boolean mayRevoke(CurrentUser user) {
        return user.is(Role.WARD_OFFICER, Role.PROVINCE_OFFICER, Role.ADMIN);
    }

    @Transactional
    public void revoke(long id, RevocationInput input) {
        CurrentUser me = access.currentUser();
        if (!mayRevoke(me)) {
            throw new ForbiddenException("Chỉ cán bộ phường, cán bộ tỉnh hoặc quản trị được ghi nhận thu hồi.");
        }
        CertificateRow before = repository.find(id, me.scope()).filter(r -> registry.product(r.productId()).isPresent())
                .orElseThrow(() -> new NotFoundException("Không tìm thấy giấy chứng nhận " + id + "."));
        if (before.revokedOn() != null) {
            throw new ConflictException("decisionNo", "Giấy chứng nhận đã bị thu hồi.");
        }
        Decision d = validated(input, before, LocalDate.now(clock));
        if (!repository.revoke(id, d.ground().letter(), d.authority().name(), d.decisionNo(), d.date(), d.note())) {
            throw new ConflictException("decisionNo", "Giấy chứng nhận đã bị thu hồi.");
        }
        CertificateRow after = repository.find(id, me.scope()).orElseThrow();
        audit.record(ENTITY, id, before.unitCode(), AuditAction.UPDATE, before, after);
        proposals.decided(id);
        if (before.supersededOn() == null) {
            registry.product(before.productId()).filter(p -> p.status() != OcopStatus.REVOKED)
                    .ifPresent(p -> registry.changeStatus(p.id(), OcopStatus.REVOKED));
        }
        events.publishEvent(new CertificateRevoked(id, before.productId(), before.unitCode(), before.stars(),
                d.ground().letter(), d.authority().name(), d.decisionNo(), d.date(), me.username()));
    }

    /** Records a revocation with no user and no registry change (demo data of this module); false if revoked. */
    boolean revokeAsData(long id, RevocationGround ground, int stars, String decisionNo, LocalDate date) {
        return repository.revoke(id, ground.letter(), RevocationGround.authority(stars).name(), decisionNo, date,
                null);
    }

    record Decision(RevocationGround ground, Authority authority, String decisionNo, LocalDate date, String note) {
    }

    /** Checks each field against the certificate; every error at once. */
    static Decision validated(RevocationInput in, CertificateRow c, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        RevocationGround ground = null;
        String g = in == null || in.ground() == null ? "" : in.ground().strip();
        if (g.isEmpty()) {
            errors.add(new FieldError("ground", "Chọn căn cứ thu hồi (Điều 8.1)."));
        } else {
            ground = ground(g);
            if (ground == null) {
                errors.add(new FieldError("ground", "Căn cứ thu hồi không hợp lệ: chọn một trong a, b, c, d, đ, e."));
            }
        }
        Authority required = RevocationGround.authority(c.stars());
        Authority authority = null;
        String a = in == null || in.authority() == null ? "" : in.authority().strip();
        if (a.isEmpty()) {
            errors.add(new FieldError("authority", "Chọn cơ quan quyết định thu hồi."));
        } else {
            try {
                authority = Authority.valueOf(a.toUpperCase());
                if (authority != required) {
                    errors.add(new FieldError("authority", required == Authority.MINISTRY
                            ? "Sản phẩm 5 sao do Bộ trưởng Bộ Nông nghiệp và Môi trường quyết định thu hồi (Điều 8.2)."
                            : "Sản phẩm 3–4 sao do Chủ tịch UBND tỉnh quyết định thu hồi (Điều 8.2)."));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("authority", "Cơ quan quyết định không hợp lệ (PROVINCE hoặc MINISTRY)."));
            }
        }
        String no = in == null || in.decisionNo() == null ? "" : in.decisionNo().strip();
        if (no.isEmpty()) {
            errors.add(new FieldError("decisionNo", "Nhập số quyết định thu hồi."));
        } else if (no.length() > 100) {
            errors.add(new FieldError("decisionNo", "Số quyết định tối đa 100 ký tự."));
        }
        LocalDate date = null;
        String ds = in == null || in.decisionDate() == null ? "" : in.decisionDate().strip();
        if (ds.isEmpty()) {
            errors.add(new FieldError("decisionDate", "Nhập ngày quyết định thu hồi."));
        } else {
            try {
                date = LocalDate.parse(ds);
                if (date.isAfter(today)) {
                    errors.add(new FieldError("decisionDate", "Ngày quyết định không được sau hôm nay."));
                } else if (date.isBefore(c.issuedOn())) {
                    errors.add(new FieldError("decisionDate", "Ngày quyết định không được trước ngày cấp giấy chứng nhận."));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("decisionDate", "Ngày quyết định không đúng định dạng (yyyy-MM-dd)."));
            }
        }
        String note = in == null || in.note() == null || in.note().isBlank() ? null : in.note().strip();
        if (note != null && note.length() > 2000) {
            errors.add(new FieldError("note", "Ghi chú tối đa 2000 ký tự."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Decision(ground, authority, no, date, note);
    }

    private static RevocationGround ground(String s) {
        for (RevocationGround g : RevocationGround.values()) {
            if (g.letter().equalsIgnoreCase(s) || g.name().equalsIgnoreCase(s)) {
                return g;
            }
        }
        return null;
    }
}
