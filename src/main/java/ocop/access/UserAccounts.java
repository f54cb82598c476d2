package ocop.access;

import java.util.Optional;

/** Creating accounts from other modules (demo data, producers' own accounts). */
public interface UserAccounts {

    /** Creates an account; the raw password is hashed. Returns the new account's id. */
    long create(NewAccount account);

    Optional<Long> idOf(String username);

    /**
     * Runs work as the given account (for start-up jobs such as the demo data, which go through the same
     * services, permissions and audit trail as a person would). The previous security context is restored.
     */
    <T> T runAs(String username, java.util.function.Supplier<T> work);

    record NewAccount(String username, String rawPassword, String fullName, Role role, String unitCode,
                      Long neighbourhoodId, Long producerId, boolean demo) {
    }
}
