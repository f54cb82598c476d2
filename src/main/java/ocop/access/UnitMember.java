package ocop.access;

/**
 * An active account of an administrative unit (người dùng của đơn vị), as other modules may show it: to choose
 * inspectors or assignees among the unit's staff. The role's label is the message key {@link Role#labelKey()}.
 */
public record UnitMember(long id, String fullName, Role role) {
}
