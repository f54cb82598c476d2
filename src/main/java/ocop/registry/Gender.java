package ocop.registry;

/** Giới tính of the legal representative (asked by forms 02 and 03). */
public enum Gender {
    MALE, FEMALE;

    public String labelKey() {
        return "gender." + name();
    }
}
