package ocop.access.internal;

import java.util.List;
import ocop.access.AccessApi;
import ocop.access.Role;
import ocop.system.FieldError;
import ocop.system.VietnameseText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Quy tắc tài khoản (account rules): full name required; a role (never the system actor's); an existing unit (commune-level except for the
 * administrator and the province officer); a neighbourhood of that unit for a neighbourhood head; a producer id for
 * a producer (other roles keep neither); passwords of {@value #MIN_PASSWORD}–64 characters. Errors name the field.
 */
@Component
class UserAccountRules {

    static final int MIN_PASSWORD = 8;

    private final JdbcClient jdbc;
    private final AccessApi access;

    UserAccountRules(JdbcClient jdbc, AccessApi access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    record Checked(String fullName, String role, String unitCode, Long neighbourhoodId, Long producerId) {
    }

    Checked check(String fullNameIn, String roleIn, String unitCodeIn, Long neighbourhoodIn, Long producerIn,
                          List<FieldError> errors) {
        String fullName = VietnameseText.nfc(fullNameIn == null ? "" : fullNameIn);
        if (fullName.isEmpty()) {
            errors.add(new FieldError("fullName", "Cần nhập họ và tên."));
        } else if (fullName.length() > 200) {
            errors.add(new FieldError("fullName", "Họ và tên dài quá 200 ký tự."));
        }
        Role role = null;
        try {
            role = Role.valueOf(roleIn == null ? "" : roleIn.trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("role", "Cần chọn vai trò."));
        }
        if (role == Role.SYSTEM) {
            errors.add(new FieldError("role", "Vai trò “Hệ thống” dành cho tác vụ tự động, không gán cho tài khoản."));
            role = null;
        }
        String unitCode = unitCodeIn == null ? "" : unitCodeIn.trim();
        String level = unitCode.isEmpty() ? null : jdbc.sql("SELECT level FROM access.admin_unit WHERE code = :c")
                .param("c", unitCode).query(String.class).optional().orElse(null);
        if (unitCode.isEmpty()) {
            errors.add(new FieldError("unitCode", "Cần nhập mã đơn vị (5 chữ số, ví dụ 26080)."));
        } else if (level == null) {
            errors.add(new FieldError("unitCode", "Không có đơn vị hành chính mã " + unitCode + "."));
        } else if (role != null && role != Role.ADMIN && role != Role.PROVINCE_OFFICER && !"COMMUNE".equals(level)) {
            errors.add(new FieldError("unitCode", "Vai trò này cần mã đơn vị cấp xã (5 chữ số)."));
        }
        Long neighbourhoodId = null;
        if (role == Role.NEIGHBOURHOOD_HEAD) {
            if (neighbourhoodIn == null) {
                errors.add(new FieldError("neighbourhoodId", "Trưởng khu phố cần chọn khu phố."));
            } else if (access.neighbourhood(neighbourhoodIn).filter(n -> n.unitCode().equals(unitCode)).isEmpty()) {
                errors.add(new FieldError("neighbourhoodId", "Khu phố này không thuộc đơn vị đã nhập."));
            } else {
                neighbourhoodId = neighbourhoodIn;
            }
        }
        Long producerId = null;
        if (role == Role.PRODUCER) {
            if (producerIn == null || producerIn < 1) {
                errors.add(new FieldError("producerId", "Tài khoản chủ thể cần mã chủ thể (số nguyên dương)."));
            } else {
                producerId = producerIn;
            }
        }
        return new Checked(fullName, role == null ? null : role.name(), unitCode, neighbourhoodId, producerId);
    }

    static void checkPassword(String field, String password, boolean required, List<FieldError> errors) {
        if (password == null || password.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "Cần nhập mật khẩu (ít nhất " + MIN_PASSWORD + " ký tự)."));
            }
        } else if (password.length() < MIN_PASSWORD) {
            errors.add(new FieldError(field, "Mật khẩu cần ít nhất " + MIN_PASSWORD + " ký tự."));
        } else if (password.length() > 64) {
            errors.add(new FieldError(field, "Mật khẩu dài quá 64 ký tự."));
        }
    }
}
