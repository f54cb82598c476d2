/**
 * Demo data (Dữ liệu minh họa): phường Long Khánh with khu phố 1–8, the demo accounts (password {@code demo}) and
 * the producers and products of Kế hoạch 1411/KH-UBND plus fictional ones, all marked as demo records, and an
 * illustrative photo of one product (shown on the public check of its certificate). Loaded on
 * the embedded default run, and on an external database only when {@code OCOP_DEMO=true}. Publishes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data (Dữ liệu minh họa)",
        allowedDependencies = {"system", "access", "registry"})
package ocop.demo;
