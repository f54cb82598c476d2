package ocop.access.internal;

import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A user account as stored (access.app_user). */
@Table(schema = "access", name = "app_user")
record AppUserRow(@Id Long id, String username, String passwordHash, String fullName, String role, String unitCode,
                  Long neighbourhoodId, Long producerId, boolean enabled, boolean demo, OffsetDateTime createdAt,
                  @Version Integer version) {

    AppUserRow withChanges(String fullName, String role, String unitCode, Long neighbourhoodId, Long producerId,
                           boolean enabled) {
        return new AppUserRow(id, username, passwordHash, fullName, role, unitCode, neighbourhoodId, producerId,
                enabled, demo, createdAt, version);
    }

    AppUserRow withPasswordHash(String hash) {
        return new AppUserRow(id, username, hash, fullName, role, unitCode, neighbourhoodId, producerId, enabled,
                demo, createdAt, version);
    }
}
