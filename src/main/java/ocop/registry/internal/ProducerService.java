package ocop.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ocop.access.AccessApi;
import ocop.access.AdministrativeUnit;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.access.CurrentUser;
import ocop.access.Neighbourhood;
import ocop.registry.CertificationInput;
import ocop.registry.ProducerFilter;
import ocop.registry.ProducerSummary;
import ocop.registry.ProducerView;
import ocop.registry.ProducerInput;
import ocop.registry.domain.ProducerRules;
import ocop.registry.domain.RegistryPermissions;
import ocop.registry.domain.ValidatedProducer;
import ocop.system.ConflictException;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import ocop.system.PageSlice;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Producers (chủ thể): list, read, create, update and delete, scoped and audited. */
@Service
public class ProducerService {

    static final String ENTITY = "producer";

    private final ProducerRepository producers;
    private final RegistryQueries queries;
    private final ProducerMapper mapper;
    private final AccessApi access;
    private final AuditTrail audit;
    private final Clock clock;

    ProducerService(ProducerRepository producers, RegistryQueries queries, ProducerMapper mapper, AccessApi access,
                    AuditTrail audit, Clock clock) {
        this.producers = producers;
        this.queries = queries;
        this.mapper = mapper;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageSlice<ProducerSummary> search(ProducerFilter filter, Integer page, Integer size) {
        CurrentUser user = access.currentUser();
        return queries.producers(user.scope(), filter, PageSlice.clampPage(page), PageSlice.clampSize(size),
                id -> id == null ? null : access.neighbourhood(id).map(Neighbourhood::name).orElse(null));
    }

    @Transactional(readOnly = true)
    public ProducerView get(long id) {
        return mapper.toView(load(id, access.currentUser()));
    }

    @Transactional
    public ProducerView create(ProducerInput input) {
        return create(input, false);
    }

    @Transactional
    ProducerView create(ProducerInput input, boolean demo) {
        CurrentUser user = access.currentUser();
        if (!RegistryPermissions.mayCreateProducer(user)) {
            throw new ForbiddenException("Chỉ cán bộ Phòng Kinh tế hoặc quản trị viên được thêm chủ thể.");
        }
        AdministrativeUnit unit = unitFor(input.unitCode(), user);
        ValidatedProducer p = ProducerRules.validate(input, LocalDate.now(clock));
        checkNeighbourhood(p.neighbourhoodId(), unit.code());
        checkDuplicates(p, unit.code(), null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ProducerRow saved = save(mapper.newRow(p, unit, demo, now));
        ProducerView view = mapper.toView(saved);
        audit.record(ENTITY, saved.id(), saved.unitCode(), AuditAction.CREATE, null, view);
        return view;
    }

    @Transactional
    public ProducerView update(long id, ProducerInput input) {
        CurrentUser user = access.currentUser();
        ProducerRow current = load(id, user);
        if (!RegistryPermissions.mayEditProducer(user, id)) {
            throw new ForbiddenException("Bạn không được sửa hồ sơ chủ thể này.");
        }
        if (input.version() != null && !Objects.equals(input.version(), current.version())) {
            throw new ConflictException("version", "Hồ sơ chủ thể vừa được người khác cập nhật. "
                    + "Hãy tải lại trang để xem bản mới rồi nhập lại thay đổi của bạn.");
        }
        ValidatedProducer p = ProducerRules.validate(input, LocalDate.now(clock));
        checkNeighbourhood(p.neighbourhoodId(), current.unitCode());
        checkDuplicates(p, current.unitCode(), id);
        ProducerView before = mapper.toView(current);
        ProducerRow saved = save(mapper.updatedRow(current, p, OffsetDateTime.now(clock)));
        ProducerView after = mapper.toView(saved);
        audit.record(ENTITY, id, saved.unitCode(), AuditAction.UPDATE, before, after);
        return after;
    }

    @Transactional
    public void delete(long id) {
        CurrentUser user = access.currentUser();
        ProducerRow current = load(id, user);
        if (!RegistryPermissions.mayDelete(user)) {
            throw new ForbiddenException("Bạn không được xóa chủ thể.");
        }
        if (queries.productCount(id) > 0) {
            throw new ConflictException(null, "Chủ thể còn sản phẩm trong sổ; hãy xử lý các sản phẩm trước khi xóa.");
        }
        ProducerView before = mapper.toView(current);
        producers.delete(current);
        audit.record(ENTITY, id, current.unitCode(), AuditAction.DELETE, before, null);
    }

    /** Adds a quality certification to a producer's record. */
    @Transactional
    public ProducerView addCertification(long id, CertificationInput input) {
        return changeCertifications(id, list -> {
            CertificationInput c = input.validated();
            list.add(new QualityCertificationRow(null, c.kind().name(), c.name(), c.number(), c.issuer(),
                    c.validFrom(), c.validUntil()));
        });
    }

    /** Removes one quality certification from a producer's record. */
    @Transactional
    public ProducerView removeCertification(long id, long certificationId) {
        return changeCertifications(id, list -> {
            if (!list.removeIf(c -> c.id() != null && c.id() == certificationId)) {
                throw new NotFoundException("Không tìm thấy chứng nhận.");
            }
        });
    }

    private ProducerView changeCertifications(long id, java.util.function.Consumer<List<QualityCertificationRow>> change) {
        CurrentUser user = access.currentUser();
        ProducerRow current = load(id, user);
        if (!RegistryPermissions.mayEditProducer(user, id)) {
            throw new ForbiddenException("Bạn không được sửa hồ sơ chủ thể này.");
        }
        List<QualityCertificationRow> list = new ArrayList<>(current.certifications());
        change.accept(list);
        ProducerView before = mapper.toView(current);
        ProducerRow saved = producers.save(current.withCertifications(list));
        ProducerView after = mapper.toView(saved);
        audit.record(ENTITY, id, saved.unitCode(), AuditAction.UPDATE, before, after);
        return after;
    }

    /** Loads a producer inside the user's scope; outside it the record does not exist for this user (404). */
    ProducerRow load(long id, CurrentUser user) {
        ProducerRow row = producers.findById(id).orElseThrow(ProducerService::notFound);
        if (!user.scope().includes(row.provinceCode(), row.unitCode(), row.neighbourhoodId(), row.id())) {
            throw notFound();
        }
        return row;
    }

    private ProducerRow save(ProducerRow row) {
        try {
            return producers.save(row);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("taxCode", "Mã định danh này đã được đăng ký cho một chủ thể khác trong đơn vị.");
        }
    }

    private AdministrativeUnit unitFor(String requested, CurrentUser user) {
        String code = requested == null || requested.isBlank() ? user.unitCode() : requested.trim();
        AdministrativeUnit unit = access.unit(code).filter(u -> u.level() == AdministrativeUnit.Level.COMMUNE)
                .orElseThrow(() -> new InvalidInputException("unitCode", "Không có xã/phường mã " + code + "."));
        boolean allowed = user.is(ocop.access.Role.ADMIN) || unit.code().equals(user.unitCode());
        if (!allowed) {
            throw new ForbiddenException("Bạn chỉ được thêm chủ thể của đơn vị mình.");
        }
        return unit;
    }

    private void checkNeighbourhood(Long neighbourhoodId, String unitCode) {
        if (neighbourhoodId != null && access.neighbourhood(neighbourhoodId)
                .filter(n -> n.unitCode().equals(unitCode)).isEmpty()) {
            throw new InvalidInputException("neighbourhoodId", "Khu phố không thuộc xã/phường của chủ thể.");
        }
    }

    private void checkDuplicates(ValidatedProducer p, String unitCode, Long self) {
        List<ocop.system.FieldError> errors = new ArrayList<>();
        duplicate("taxCode", "tax_code", p.taxCode(), unitCode, self, "Mã số thuế", errors);
        duplicate("registrationNo", "registration_no", p.registrationNo(), unitCode, self, "Mã số hộ kinh doanh", errors);
        duplicate("personalId", "personal_id", p.personalId(), unitCode, self, "Số định danh cá nhân", errors);
        if (!errors.isEmpty()) {
            throw new ConflictException(errors.get(0).field(), errors.get(0).message());
        }
    }

    private void duplicate(String field, String column, String value, String unitCode, Long self, String label,
                           List<ocop.system.FieldError> errors) {
        if (value == null) {
            return;
        }
        queries.producerWith(column, value, unitCode, self).ifPresent(other -> errors.add(new ocop.system.FieldError(
                field, label + " " + value + " đã được đăng ký cho chủ thể \"" + other + "\" trong đơn vị.")));
    }

    static NotFoundException notFound() {
        return new NotFoundException("Không tìm thấy chủ thể.");
    }
}
