package ocop.access;

import java.util.Optional;

/** Creating accounts from other modules (demo data, producers' own accounts). */
public interface UserAccounts {

    /** Creates an account; the raw password is hashed. Returns the new account's id. */
    long create(NewAccount account);

    Optional<Long> idOf(String username);

    record NewAccount(String username, String rawPassword, String fullName, Role role, String unitCode,
                      Long neighbourhoodId, Long producerId, boolean demo) {
    }
}
