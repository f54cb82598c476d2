package ocop.registry;

/** Quality systems and certifications a producer may hold (hệ thống quản lý chất lượng, chứng nhận). */
public enum QualitySystem {
    VIETGAP, GLOBALGAP, GMP, ISO_22000, HACCP, HUU_CO, OTHER;

    public String labelKey() {
        return "quality." + name();
    }
}
