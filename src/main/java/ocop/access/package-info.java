/**
 * Access (Người dùng, phân quyền, đơn vị hành chính, nhật ký): administrative units and neighbourhoods as dated data,
 * user accounts with the roles of section V of the plan, sign-in, the unit scope of every query, and the audit trail.
 * Publishes {@link ocop.access.AccessApi}, {@link ocop.access.CurrentUser}, {@link ocop.access.UnitScope},
 * {@link ocop.access.AuditTrail} and {@link ocop.access.UserAccounts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access (Người dùng và phân quyền)",
        allowedDependencies = {"system"})
package ocop.access;
