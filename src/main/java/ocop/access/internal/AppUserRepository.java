package ocop.access.internal;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AppUserRepository extends ListCrudRepository<AppUserRow, Long> {

    @Query("SELECT * FROM access.app_user WHERE lower(username) = lower(:username)")
    Optional<AppUserRow> findByUsername(String username);
}
