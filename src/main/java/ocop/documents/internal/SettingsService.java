package ocop.documents.internal;

import java.util.ArrayList;
import java.util.List;
import ocop.access.AccessApi;
import ocop.access.AdministrativeUnit;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.access.CurrentUser;
import ocop.documents.domain.DocumentPermissions;
import ocop.documents.domain.IssuingBody;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings of the issuing bodies (thiết lập văn bản): created with defaults from the unit's name the first time
 * they are needed (and, on demo data, with the demo signer of phường Long Khánh); changed by leaders and admins.
 */
@Service
public class SettingsService {

    static final String DEMO_UNIT = "26080";
    static final String DEMO_SIGNER = "Nguyễn Văn Lãnh (minh họa)";

    private final SettingsRepository repository;
    private final AccessApi access;
    private final AuditTrail audit;
    private final Environment env;

    SettingsService(SettingsRepository repository, AccessApi access, AuditTrail audit, Environment env) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.env = env;
    }

    /** The settings of a commune-level unit, created with defaults when missing. */
    @Transactional
    public IssuingSettings forUnit(String unitCode) {
        return repository.find(unitCode).orElseGet(() -> create(unitCode));
    }

    /** The settings of the signed-in user's unit, for the settings page. */
    @Transactional
    public IssuingSettings mine() {
        CurrentUser me = access.currentUser();
        if (!DocumentPermissions.mayUseRegister(me) || me.unitCode() == null) {
            throw new ForbiddenException("Bạn không có quyền xem thiết lập văn bản.");
        }
        return forUnit(me.unitCode());
    }

    /** Saves the body's settings and its signers (new ones have no id; none is ever deleted, only stopped). */
    @Transactional
    public IssuingSettings save(IssuingBody body, List<SignerRecord> signers, int version) {
        CurrentUser me = access.currentUser();
        if (!DocumentPermissions.mayEditSettings(me)) {
            throw new ForbiddenException("Chỉ lãnh đạo UBND hoặc quản trị viên được sửa thiết lập văn bản.");
        }
        IssuingSettings before = forUnit(me.unitCode());
        IssuingBody checked = new IssuingBody(me.unitCode(), body.nameLines(), body.placeName(), body.bodyAbbreviation(),
                body.fieldAbbreviation(), body.typeAbbreviations(), body.numberingMode(), body.distribution(),
                body.archiveLine()).validated();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < signers.size(); i++) {
            try {
                signers.get(i).toSigner().validated();
            } catch (InvalidInputException e) {
                int at = i;
                e.errors().forEach(f -> errors.add(new FieldError("signers[" + at + "]." + f.field(), f.message())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!repository.update(checked, version)) {
            throw new ConflictException("version", "Thiết lập vừa được người khác thay đổi. Hãy tải lại trang.");
        }
        List<Long> known = before.signers().stream().map(SignerRecord::id).toList();
        for (int i = 0; i < signers.size(); i++) {
            SignerRecord s = signers.get(i);
            if (s.id() == null) {
                repository.insertSigner(me.unitCode(), s, i);
            } else if (known.contains(s.id())) {
                repository.updateSigner(me.unitCode(), s, i);
            } else {
                throw new NotFoundException("Không tìm thấy người ký " + s.id() + ".");
            }
        }
        IssuingSettings after = forUnit(me.unitCode());
        audit.record("issuing_body", me.unitCode(), me.unitCode(), AuditAction.UPDATE, before, after);
        return after;
    }

    private IssuingSettings create(String unitCode) {
        AdministrativeUnit unit = access.unit(unitCode)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy đơn vị hành chính " + unitCode + "."));
        if (unit.level() != AdministrativeUnit.Level.COMMUNE) {
            throw new ForbiddenException("Chỉ UBND cấp xã ban hành văn bản trong sổ này.");
        }
        if (repository.insertIfAbsent(IssuingBody.defaults(unitCode, unit.name(), unit.shortName()))
                && DEMO_UNIT.equals(unitCode) && demo()) {
            repository.insertSigner(unitCode, new SignerRecord(null, DEMO_SIGNER,
                    List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), true, true, true), 0);
        }
        return repository.find(unitCode).orElseThrow();
    }

    /** Demo data is on when {@code ocop.demo.enabled} says so, otherwise only on the embedded database. */
    private boolean demo() {
        String explicit = env.getProperty("ocop.demo.enabled", "");
        return explicit.isBlank() ? env.getProperty("spring.datasource.url", "").isBlank()
                : Boolean.parseBoolean(explicit.trim());
    }
}
