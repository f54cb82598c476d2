package ocop.demo.internal;

import java.util.List;
import ocop.access.Role;

/** The demo accounts of phường Long Khánh (password {@code demo}); producers are linked after they exist. */
final class DemoAccounts {

    static final String PASSWORD = "demo";
    static final String WARD = "26080";
    static final String OTHER_WARD = "26098";
    static final String PROVINCE = "75";

    record Account(String username, String fullName, Role role, String unitCode, String note) {
    }

    static final List<Account> STAFF = List.of(
            new Account("admin", "Quản trị hệ thống", Role.ADMIN, WARD, "quản trị"),
            new Account("tinh", "Trần Thị Sở (minh họa)", Role.PROVINCE_OFFICER, PROVINCE, "cán bộ tỉnh Đồng Nai"),
            new Account("lanhdao", "Nguyễn Văn Lãnh (minh họa)", Role.WARD_LEADER, WARD, "lãnh đạo UBND phường"),
            new Account("canbo", "Lê Thị Cán (minh họa)", Role.WARD_OFFICER, WARD, "cán bộ Phòng Kinh tế"),
            new Account("vanhoa", "Phạm Văn Hóa (minh họa)", Role.WARD_UNIT, WARD, "Phòng Văn hóa - Xã hội"),
            new Account("mattran", "Võ Thị Mặt (minh họa)", Role.MASS_ORGANISATION, WARD, "Ủy ban MTTQ phường"),
            new Account("canbobv", "Đặng Văn Vinh (minh họa)", Role.WARD_OFFICER, OTHER_WARD,
                    "cán bộ phường Bảo Vinh, để thử phân quyền"));

    private DemoAccounts() {
    }
}
