package ocop.access;

import java.util.Optional;
import java.util.function.Supplier;

/** Creating accounts from other modules (demo data, producers' own accounts), and acting as an account or the system. */
public interface UserAccounts {

    /**
     * Creates an account; the raw password is hashed. Returns the new account's id. The role
     * {@link Role#SYSTEM} and the user name {@value CurrentUser#SYSTEM_USERNAME} are refused
     * ({@link IllegalArgumentException}).
     */
    long create(NewAccount account);

    Optional<Long> idOf(String username);

    /**
     * Runs work as the given account (for start-up jobs such as the demo data, which go through the same
     * services, permissions and audit trail as a person would). The previous security context is restored.
     */
    <T> T runAs(String username, Supplier<T> work);

    /**
     * Runs work as the system actor (Hệ thống, {@link CurrentUser#system()}): for scheduled jobs. Its scope is every
     * unit; modules allow it to write only where they say so; the audit trail and notifications name it
     * {@value CurrentUser#SYSTEM_LABEL}. The previous security context is restored.
     */
    <T> T runAsSystem(Supplier<T> work);

    record NewAccount(String username, String rawPassword, String fullName, Role role, String unitCode,
                      Long neighbourhoodId, Long producerId, boolean demo) {
    }
}
