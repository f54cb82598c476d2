/**
 * Registry (Sổ chủ thể và sản phẩm OCOP): producers (chủ thể) with their legal ids, representatives, workforce and
 * quality certifications; products on the versioned classification of Phụ lục I with photos, OCOP status and
 * star history. Every query is scoped by the signed-in user's unit and role.
 * Publishes {@link ocop.registry.RegistryApi} and its records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry (Chủ thể và sản phẩm)",
        allowedDependencies = {"system", "access"})
package ocop.registry;
