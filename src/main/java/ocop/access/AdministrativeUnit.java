package ocop.access;

/**
 * An administrative unit (đơn vị hành chính) as named on a given day: a province (tỉnh/thành phố) or a
 * commune-level unit (xã, phường, đặc khu). {@code type} is {@code tinh}, {@code thanh_pho}, {@code xa},
 * {@code phuong} or {@code dac_khu}.
 */
public record AdministrativeUnit(String code, Level level, String name, String type, String provinceCode,
                                 String provinceName) {

    public enum Level { PROVINCE, COMMUNE }

    /** The name without its type word, e.g. "Long Khánh" for "Phường Long Khánh". */
    public String shortName() {
        for (String prefix : new String[] {"Thành phố ", "Tỉnh ", "Phường ", "Xã ", "Đặc khu "}) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }
}
