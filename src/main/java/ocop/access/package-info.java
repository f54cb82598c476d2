/**
 * Access (Người dùng, phân quyền, đơn vị hành chính, nhật ký): administrative units and neighbourhoods as dated data,
 * user accounts with the roles of section V of the plan, sign-in, the unit scope of every query, the audit trail and
 * notifications, and the system actor of scheduled jobs (Hệ thống: no account, cannot sign in,
 * {@link ocop.access.UserAccounts#runAsSystem}). Publishes {@link ocop.access.AccessApi},
 * {@link ocop.access.CurrentUser}, {@link ocop.access.UnitScope}, {@link ocop.access.UnitMember} (the active users of a
 * unit, read by its own officials, its province or an admin), {@link ocop.access.AuditTrail},
 * {@link ocop.access.Notifications} and {@link ocop.access.UserAccounts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access (Người dùng và phân quyền)",
        allowedDependencies = {"system"})
package ocop.access;
