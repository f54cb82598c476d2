package ocop.access;

/**
 * Roles of section V of Kế hoạch 1411/KH-UBND. Labels are message keys {@code role.<NAME>}.
 */
public enum Role {
    /** Quản trị hệ thống. */
    ADMIN,
    /** Cán bộ Sở (tỉnh): reads every unit of its province. */
    PROVINCE_OFFICER,
    /** Lãnh đạo UBND phường (Chủ tịch/Phó Chủ tịch): approves, signs, issues. */
    WARD_LEADER,
    /** Cán bộ Phòng Kinh tế, Hạ tầng và Đô thị: runs the programme in its ward. */
    WARD_OFFICER,
    /** Các cơ quan, đơn vị thuộc UBND phường: read, give opinions. */
    WARD_UNIT,
    /** Trưởng khu phố: flags potential products in its khu phố, reads its khu phố. */
    NEIGHBOURHOOD_HEAD,
    /** Chủ thể OCOP: its own producer record, products and dossiers only. */
    PRODUCER,
    /** Mặt trận Tổ quốc, đoàn thể: read, promotion. */
    MASS_ORGANISATION,
    /**
     * Hệ thống (tác vụ tự động): the built-in principal of scheduled jobs ({@link UserAccounts#runAsSystem}). Reads
     * every unit; writes only where a module grants it explicitly. Never the role of an account: it cannot sign in.
     */
    SYSTEM;

    /** The roles an administrator may give an account (every role but {@link #SYSTEM}). */
    public static java.util.List<Role> assignable() {
        return java.util.Arrays.stream(values()).filter(r -> r != SYSTEM).toList();
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public String labelKey() {
        return "role." + name();
    }
}
