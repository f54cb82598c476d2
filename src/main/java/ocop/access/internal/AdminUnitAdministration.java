package ocop.access.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import ocop.access.AccessApi;
import ocop.access.AdministrativeUnit;
import ocop.access.AdministrativeUnit.Level;
import ocop.access.AuditTrail;
import ocop.access.Role;
import ocop.access.internal.AdminUnitCsvParser.CsvUnit;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import ocop.system.VietnameseText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sửa danh mục đơn vị hành chính (editing the administrative-unit list), for the system administrator only: adding
 * a unit, or renaming/re-typing one from a date (the earlier name stays for earlier days). Both are audited.
 */
@Service
public class AdminUnitAdministration {

    private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}");
    private static final Pattern UNIT_CODE = Pattern.compile("\\d{5}");

    private final JdbcClient jdbc;
    private final AdminUnitWriter writer;
    private final AdminUnitSearch search;
    private final AccessApi access;
    private final AuditTrail audit;

    AdminUnitAdministration(JdbcClient jdbc, AdminUnitWriter writer, AdminUnitSearch search, AccessApi access,
                            AuditTrail audit) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.search = search;
        this.access = access;
        this.audit = audit;
    }

    /** A new unit: {@code provinceCode} is ignored for a province; {@code validFrom} defaults to today. */
    public record NewUnit(String code, String level, String name, String type, String provinceCode,
                          LocalDate validFrom) {
    }

    /** A new name and/or type from {@code validFrom} (default today); a blank type keeps the current type. */
    public record UnitRename(String name, String type, LocalDate validFrom) {
    }

    @Transactional
    public AdministrativeUnit create(NewUnit unit) {
        requireAdmin();
        List<FieldError> errors = new ArrayList<>();
        String code = trim(unit.code());
        String levelText = trim(unit.level()).toUpperCase(java.util.Locale.ROOT);
        Level level = levelText.equals("PROVINCE") ? Level.PROVINCE : levelText.equals("COMMUNE") ? Level.COMMUNE : null;
        if (level == null) {
            errors.add(new FieldError("level", "Cấp đơn vị phải là PROVINCE (tỉnh) hoặc COMMUNE (cấp xã)."));
        }
        if (level == Level.PROVINCE ? !PROVINCE_CODE.matcher(code).matches()
                : level == Level.COMMUNE ? !UNIT_CODE.matcher(code).matches()
                : !PROVINCE_CODE.matcher(code).matches() && !UNIT_CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", level == Level.PROVINCE ? "Mã tỉnh phải gồm 2 chữ số."
                    : "Mã đơn vị cấp xã phải gồm 5 chữ số."));
        }
        String provinceCode = level == Level.PROVINCE ? code : trim(unit.provinceCode());
        if (level == Level.COMMUNE) {
            if (!PROVINCE_CODE.matcher(provinceCode).matches()) {
                errors.add(new FieldError("provinceCode", "Mã tỉnh phải gồm 2 chữ số."));
            } else if (!isProvince(provinceCode)) {
                errors.add(new FieldError("provinceCode", "Không có tỉnh mã " + provinceCode + "."));
            }
        }
        String name = VietnameseText.nfc(trim(unit.name()));
        String type = trim(unit.type()).toLowerCase(java.util.Locale.ROOT);
        if (level != null) {
            checkNameAndType(level, name, type, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (exists(code)) {
            throw new ConflictException("code", "Mã đơn vị " + code + " đã có trong danh mục.");
        }
        LocalDate validFrom = unit.validFrom() == null ? search.today() : unit.validFrom();
        CsvUnit row = new CsvUnit(0, code, level.name(), provinceCode, name,
                type);
        writer.addUnits(List.of(row));
        writer.addNames(List.of(row), validFrom, sourceText());
        AdministrativeUnit created = search.find(code, validFrom).orElseThrow();
        audit.record("admin_unit", code, code, AuditTrail.AuditAction.CREATE, null, created);
        return created;
    }

    @Transactional
    public AdministrativeUnit rename(String code, UnitRename change) {
        requireAdmin();
        AdminUnitWriter.CurrentName now = jdbc.sql("""
                SELECT u.code, u.level, u.province_code, n.name, n.unit_type, n.valid_from
                  FROM access.admin_unit u
                  JOIN access.admin_unit_name n ON n.unit_code = u.code AND n.valid_until IS NULL
                 WHERE u.code = :code FOR UPDATE OF n
                """).param("code", code).query((rs, i) -> new AdminUnitWriter.CurrentName(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class))).optional()
                .orElseThrow(() -> new NotFoundException("Không có đơn vị hành chính mã " + code + "."));
        Level level = Level.valueOf(now.level());
        List<FieldError> errors = new ArrayList<>();
        String name = VietnameseText.nfc(trim(change.name()));
        String type = trim(change.type()).isEmpty() ? now.type() : trim(change.type()).toLowerCase(java.util.Locale.ROOT);
        checkNameAndType(level, name, type, errors);
        LocalDate validFrom = change.validFrom() == null ? search.today() : change.validFrom();
        if (validFrom.isBefore(now.validFrom())) {
            errors.add(new FieldError("validFrom", "Ngày hiệu lực phải từ " + now.validFrom()
                    + " (ngày hiệu lực của tên hiện hành) trở đi."));
        }
        if (errors.isEmpty() && name.equals(now.name()) && type.equals(now.type())) {
            errors.add(new FieldError("name", "Tên và loại đơn vị không thay đổi."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AdministrativeUnit before = search.find(code, now.validFrom()).orElseThrow();
        CsvUnit row = new CsvUnit(0, code, now.level(), now.provinceCode(),
                name, type);
        if (validFrom.equals(now.validFrom())) {
            writer.replaceNames(List.of(row));
        } else {
            writer.closeNames(List.of(code), validFrom);
            writer.addNames(List.of(row), validFrom, sourceText());
        }
        AdministrativeUnit after = search.find(code, validFrom).orElseThrow();
        audit.record("admin_unit", code, code, AuditTrail.AuditAction.UPDATE, before, after);
        return after;
    }

    private static void checkNameAndType(Level level, String name, String type, List<FieldError> errors) {
        var types = level == Level.PROVINCE ? UnitTypes.PROVINCE : UnitTypes.COMMUNE;
        if (!types.containsKey(type)) {
            errors.add(new FieldError("type", "Loại đơn vị phải là một trong: " + String.join(", ", types.keySet())
                    + "."));
        }
        if (name == null || name.isEmpty()) {
            errors.add(new FieldError("name", "Cần nhập tên đơn vị."));
        } else if (name.length() > 200) {
            errors.add(new FieldError("name", "Tên đơn vị dài quá 200 ký tự."));
        } else if (types.containsKey(type) && !UnitTypes.nameMatches(name, type)) {
            errors.add(new FieldError("name", "Tên phải bắt đầu bằng \"" + types.get(type) + "\", ví dụ \""
                    + types.get(type) + " Long Khánh\"."));
        }
    }

    private void requireAdmin() {
        if (!access.currentUser().is(Role.ADMIN)) {
            throw new ForbiddenException("Chỉ quản trị hệ thống được sửa danh mục đơn vị hành chính.");
        }
    }

    private String sourceText() {
        return "Quản trị hệ thống: " + access.currentUser().username();
    }

    private boolean exists(String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM access.admin_unit WHERE code = :c)").param("c", code)
                .query(Boolean.class).single();
    }

    private boolean isProvince(String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM access.admin_unit WHERE code = :c AND level = 'PROVINCE')")
                .param("c", code).query(Boolean.class).single();
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
