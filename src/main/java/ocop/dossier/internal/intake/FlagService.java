package ocop.dossier.internal.intake;

import ocop.dossier.internal.DossierGuard;
import ocop.dossier.internal.DossierNotices;
import ocop.dossier.internal.Texts;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import ocop.access.AccessApi;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.access.CurrentUser;
import ocop.access.Neighbourhood;
import ocop.access.Role;
import ocop.dossier.domain.DossierPermissions;
import ocop.dossier.domain.FlagStatus;
import ocop.registry.ProductView;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Potential products flagged by neighbourhood heads (sản phẩm tiềm năng của khu phố): a head flags one in its khu phố
 * (name, who makes it, contact, note), it lands in the officer's inbox with a notification, and the officer converts
 * it into a registered idea ({@link FlagConversion}) or closes it with a note; the head is told either way.
 */
@Service
public class FlagService {

    static final String ENTITY = "flag";

    /** A flag as typed; {@code neighbourhoodId} only for officers (a head flags in its own khu phố). */
    public record FlagInput(String name, String maker, String contact, String note, Long neighbourhoodId) {
    }

    private final FlagStore store;
    private final DossierGuard guard;
    private final AccessApi access;
    private final DossierNotices notices;
    private final AuditTrail audit;
    private final Clock clock;

    FlagService(FlagStore store, DossierGuard guard, AccessApi access, DossierNotices notices, AuditTrail audit,
                Clock clock) {
        this.store = store;
        this.guard = guard;
        this.access = access;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public FlagView create(FlagInput in) {
        CurrentUser user = guard.user();
        if (!DossierPermissions.mayFlag(user)) {
            throw new ForbiddenException("Chỉ trưởng khu phố (hoặc cán bộ Phòng Kinh tế) được đề xuất sản phẩm tiềm năng.");
        }
        Long neighbourhood = user.is(Role.NEIGHBOURHOOD_HEAD) ? user.neighbourhoodId() : in.neighbourhoodId();
        List<FieldError> errors = new ArrayList<>();
        String name = required("name", in.name(), "Nhập tên sản phẩm tiềm năng.", 300, errors);
        String maker = required("maker", in.maker(), "Nhập người, hộ hoặc cơ sở làm ra sản phẩm.", 300, errors);
        String contact = optional("contact", in.contact(), 300, errors);
        String note = optional("note", in.note(), 2000, errors);
        if (neighbourhood != null && access.neighbourhood(neighbourhood).filter(n -> n.unitCode().equals(user.unitCode()))
                .isEmpty()) {
            errors.add(new FieldError("neighbourhoodId", "Khu phố không thuộc phường của bạn."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = store.insert(user.unitCode(), user.provinceCode(), neighbourhood, name, maker, contact, note,
                user.username(), OffsetDateTime.now(clock));
        FlagView view = get(id);
        audit.record(ENTITY, id, user.unitCode(), AuditAction.CREATE, null, view);
        notices.officers(user.unitCode(), "Sản phẩm tiềm năng mới: " + name, (view.neighbourhoodName() == null ? ""
                : view.neighbourhoodName() + ": ") + maker + (contact == null ? "" : " (" + contact + ")")
                + (note == null ? "" : "\n" + note), "/flags/" + id);
        return view;
    }

    @Transactional(readOnly = true)
    public List<FlagView> list(FlagStatus status) {
        CurrentUser user = reader();
        return store.list(user.scope(), status, 500).stream().map(s -> named(s.view())).toList();
    }

    @Transactional(readOnly = true)
    public FlagView get(long id) {
        return named(load(id, reader()).view());
    }

    @Transactional
    public FlagView close(long id, String note, Integer version) {
        CurrentUser user = decider();
        FlagView flag = load(id, user).view();
        String text = Texts.clean(note);
        if (text == null) {
            throw new InvalidInputException("note", "Ghi lý do đóng đề xuất để trưởng khu phố biết.");
        }
        finish(flag, version, FlagStatus.CLOSED, text, null, user);
        notices.user(flag.createdBy(), "Đề xuất sản phẩm đã được xử lý: " + flag.name(), "Cán bộ đã đóng đề xuất: "
                + text, "/flags/" + id);
        return get(id);
    }

    /** Marks a flag converted into the registered product (called by {@link FlagConversion}). */
    void converted(FlagView flag, Integer version, ProductView product, CurrentUser user) {
        finish(flag, version, FlagStatus.CONVERTED, "Đã đăng ký ý tưởng sản phẩm \"" + product.name() + "\".",
                product.id(), user);
        notices.user(flag.createdBy(), "Đề xuất sản phẩm đã được đăng ký: " + flag.name(),
                "Cán bộ đã đăng ký ý tưởng sản phẩm \"" + product.name() + "\" cho " + product.producerName() + ".",
                "/flags/" + flag.id());
    }

    Loaded open(long id) {
        CurrentUser user = decider();
        FlagView flag = load(id, user).view();
        if (flag.status() != FlagStatus.OPEN) {
            throw new ConflictException(null, "Đề xuất này đã được xử lý.");
        }
        return new Loaded(flag, user);
    }

    record Loaded(FlagView flag, CurrentUser user) {
    }

    private void finish(FlagView flag, Integer version, FlagStatus status, String note, Long productId, CurrentUser user) {
        int expected = version == null ? flag.version() : version;
        if (!store.close(flag.id(), expected, status, note, productId, user.username(), OffsetDateTime.now(clock))) {
            throw new ConflictException("version", "Đề xuất vừa được người khác xử lý. Hãy tải lại trang.");
        }
        audit.record(ENTITY, flag.id(), flag.unitCode(), AuditAction.UPDATE, flag, get(flag.id()));
    }

    private FlagStore.Stored load(long id, CurrentUser user) {
        return store.find(id).filter(s -> s.inScope(user.scope()))
                .orElseThrow(() -> new NotFoundException("Không tìm thấy đề xuất sản phẩm."));
    }

    private CurrentUser reader() {
        CurrentUser user = guard.user();
        if (!DossierPermissions.mayReadFlags(user)) {
            throw new ForbiddenException("Vai trò của bạn không xem được các đề xuất sản phẩm tiềm năng.");
        }
        return user;
    }

    private CurrentUser decider() {
        CurrentUser user = guard.user();
        if (!DossierPermissions.mayDecide(user)) {
            throw new ForbiddenException("Chỉ cán bộ Phòng Kinh tế xử lý đề xuất sản phẩm tiềm năng.");
        }
        return user;
    }

    private FlagView named(FlagView f) {
        String name = f.neighbourhoodId() == null ? null
                : access.neighbourhood(f.neighbourhoodId()).map(Neighbourhood::name).orElse(null);
        return new FlagView(f.id(), f.unitCode(), f.neighbourhoodId(), name, f.name(), f.maker(), f.contact(), f.note(),
                f.status(), f.outcomeNote(), f.productId(), f.createdBy(), f.createdAt(), f.closedBy(), f.closedAt(),
                f.version());
    }

    private static String required(String field, String value, String message, int max, List<FieldError> errors) {
        String v = Texts.clean(value);
        if (v == null) {
            errors.add(new FieldError(field, message));
        }
        return optional(field, v, max, errors);
    }

    private static String optional(String field, String value, int max, List<FieldError> errors) {
        String v = Texts.clean(value);
        if (v != null && v.length() > max) {
            errors.add(new FieldError(field, "Dài quá " + max + " ký tự."));
        }
        return v;
    }
}
