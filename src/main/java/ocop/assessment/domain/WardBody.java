package ocop.assessment.domain;

/**
 * The ward and its province as documents name them (tên cơ quan trong văn bản): {@code unitName} as the unit is
 * named ("Phường Long Khánh"), {@code provinceName} likewise ("Tỉnh Đồng Nai"), and the province's OCOP agency
 * ("Sở Nông nghiệp và Môi trường"). Sentences write them in lower case after "Ủy ban nhân dân".
 */
public record WardBody(String unitName, String provinceName, String provinceAgency) {

    /** "Ủy ban nhân dân phường Long Khánh". */
    public String committee() {
        return "Ủy ban nhân dân " + lowerFirst(unitName);
    }

    /** "Ủy ban nhân dân tỉnh Đồng Nai". */
    public String provinceCommittee() {
        return "Ủy ban nhân dân " + lowerFirst(provinceName);
    }

    /** "Sở Nông nghiệp và Môi trường tỉnh Đồng Nai". */
    public String agency() {
        return provinceAgency + " " + lowerFirst(provinceName);
    }

    static String lowerFirst(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        return name.substring(0, 1).toLowerCase(java.util.Locale.forLanguageTag("vi")) + name.substring(1);
    }
}
