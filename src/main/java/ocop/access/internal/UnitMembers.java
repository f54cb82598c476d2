package ocop.access.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import ocop.access.AdministrativeUnit;
import ocop.access.CurrentUser;
import ocop.access.Role;
import ocop.access.UnitMember;
import ocop.system.ForbiddenException;
import ocop.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Người dùng của đơn vị: the enabled accounts of a unit, read for the unit's own officials, a province officer of its
 * province, or an admin. Producers, neighbourhood heads and mass organisations may not list accounts.
 */
@Component
class UnitMembers {

    private static final Set<Role> WARD_OFFICIALS = Set.of(Role.WARD_LEADER, Role.WARD_OFFICER, Role.WARD_UNIT);

    private final JdbcClient jdbc;
    private final AdminUnitQueries units;
    private final Clock clock;

    UnitMembers(JdbcClient jdbc, AdminUnitQueries units, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.clock = clock;
    }

    List<UnitMember> active(CurrentUser reader, String unitCode, Set<Role> roles) {
        boolean wardOfficial = WARD_OFFICIALS.contains(reader.role());
        if (!wardOfficial && !reader.is(Role.PROVINCE_OFFICER, Role.ADMIN, Role.SYSTEM)) {
            throw new ForbiddenException("Bạn không được xem danh sách người dùng của đơn vị.");
        }
        AdministrativeUnit unit = units.unit(unitCode, LocalDate.now(clock))
                .filter(u -> inScope(reader, wardOfficial, u))
                .orElseThrow(() -> new NotFoundException("Không tìm thấy đơn vị."));
        List<String> wanted = (roles.isEmpty() ? Role.assignable() : List.copyOf(roles)).stream()
                .map(Role::name).toList();
        return jdbc.sql("""
                SELECT id, full_name, role FROM access.app_user
                 WHERE unit_code = :u AND enabled AND role IN (:roles)
                 ORDER BY full_name, id""")
                .param("u", unit.code()).param("roles", wanted)
                .query((rs, i) -> new UnitMember(rs.getLong("id"), rs.getString("full_name"),
                        Role.valueOf(rs.getString("role"))))
                .list();
    }

    private static boolean inScope(CurrentUser reader, boolean wardOfficial, AdministrativeUnit unit) {
        if (wardOfficial) {
            return unit.code().equals(reader.unitCode());
        }
        if (reader.is(Role.PROVINCE_OFFICER)) {
            return reader.provinceCode() != null
                    && (reader.provinceCode().equals(unit.provinceCode()) || reader.provinceCode().equals(unit.code()));
        }
        return true;
    }
}
