package ocop.access.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import ocop.access.AccessApi;
import ocop.access.AuditTrail;
import ocop.access.CurrentUser;
import ocop.access.Neighbourhood;
import ocop.access.Role;
import ocop.system.FieldError;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import ocop.system.PageSlice;
import ocop.system.VietnameseText;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quản lý tài khoản người dùng (user administration) for the system administrator: list, create and edit accounts,
 * enable/disable them and set a new password. Every change is audited with the account before and after (never
 * the password hash). Invalid input throws {@link InvalidInputException} naming each field.
 */
@Service
public class UserAdministration {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,60}");

    private final AppUserRepository users;
    private final UserAccountRules rules;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AccessApi access;
    private final AuditTrail audit;

    UserAdministration(AppUserRepository users, UserAccountRules rules, JdbcClient jdbc, PasswordEncoder encoder,
                       AccessApi access, AuditTrail audit) {
        this.users = users;
        this.rules = rules;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.access = access;
        this.audit = audit;
    }

    /** An account as the admin pages show it. */
    public record UserItem(long id, String username, String fullName, String role, String unitCode, String unitName,
                           Long neighbourhoodId, String neighbourhoodName, Long producerId, boolean enabled,
                           int version) {
    }

    /** A new account; {@code password} is the initial password (at least 8 characters). */
    public record NewUser(String username, String fullName, String role, String unitCode, Long neighbourhoodId,
                          Long producerId, String password) {
    }

    /** Changes to an account; a blank {@code newPassword} keeps the password; {@code version} guards stale edits. */
    public record UserChanges(String fullName, String role, String unitCode, Long neighbourhoodId, Long producerId,
                              boolean enabled, String newPassword, Integer version) {
    }

    private static final String SELECT = """
            SELECT a.id, a.username, a.full_name, a.role, a.unit_code, n.name AS unit_name, a.neighbourhood_id,
                   h.name AS neighbourhood_name, a.producer_id, a.enabled, a.version
              FROM access.app_user a
              LEFT JOIN access.admin_unit_name n ON n.unit_code = a.unit_code AND n.valid_until IS NULL
              LEFT JOIN access.neighbourhood h ON h.id = a.neighbourhood_id
            """;

    @Transactional(readOnly = true)
    public PageSlice<UserItem> list(String q, Integer page, Integer size) {
        requireAdmin();
        int p = PageSlice.clampPage(page);
        int s = PageSlice.clampSize(size);
        String where = " WHERE (:q = '' OR lower(a.username) LIKE '%' || :q || '%' OR lower(a.full_name) LIKE '%' || :q || '%')";
        String like = q == null ? "" : VietnameseText.nfc(q).toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        long total = jdbc.sql("SELECT count(*) FROM access.app_user a" + where).param("q", like).query(Long.class)
                .single();
        List<UserItem> items = jdbc.sql(SELECT + where + " ORDER BY lower(a.username) LIMIT :limit OFFSET :offset")
                .param("q", like).param("limit", s).param("offset", (long) p * s).query(UserAdministration::map).list();
        return new PageSlice<>(items, p, s, total);
    }

    @Transactional(readOnly = true)
    public UserItem get(long id) {
        requireAdmin();
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query(UserAdministration::map).optional()
                .orElseThrow(() -> new NotFoundException("Không có tài khoản này."));
    }

    /** The neighbourhoods (khu phố) of a unit, for the neighbourhood-head select. */
    public List<Neighbourhood> neighbourhoods(String unitCode) {
        return unitCode == null || unitCode.isBlank() ? List.of() : access.neighbourhoods(unitCode.trim());
    }

    @Transactional
    public long create(NewUser user) {
        requireAdmin();
        List<FieldError> errors = new ArrayList<>();
        String username = user.username() == null ? "" : user.username().trim();
        if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username",
                    "Tên đăng nhập gồm 3–60 ký tự: chữ không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới."));
        } else if (SystemActor.reserved(username)) {
            errors.add(new FieldError("username", "Tên đăng nhập \"" + username
                    + "\" dành cho tác vụ tự động của hệ thống."));
        } else if (users.findByUsername(username).isPresent()) {
            errors.add(new FieldError("username", "Tên đăng nhập \"" + username + "\" đã được dùng."));
        }
        UserAccountRules.Checked c = rules.check(user.fullName(), user.role(), user.unitCode(), user.neighbourhoodId(), user.producerId(),
                errors);
        UserAccountRules.checkPassword("password", user.password(), true, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AppUserRow saved;
        try {
            saved = users.save(new AppUserRow(null, username, encoder.encode(user.password()), c.fullName(), c.role(),
                    c.unitCode(), c.neighbourhoodId(), c.producerId(), true, false, OffsetDateTime.now(), null));
        } catch (RuntimeException e) {
            if (hasCause(e, DuplicateKeyException.class)) {
                throw new InvalidInputException("username", "Tên đăng nhập \"" + username + "\" đã được dùng.");
            }
            throw e;
        }
        audit.record("user", saved.id(), saved.unitCode(), AuditTrail.AuditAction.CREATE, null, UserView.of(saved));
        return saved.id();
    }

    @Transactional
    public void update(long id, UserChanges changes) {
        CurrentUser me = requireAdmin();
        AppUserRow row = users.findById(id).orElseThrow(() -> new NotFoundException("Không có tài khoản này."));
        if (changes.version() != null && !changes.version().equals(row.version())) {
            throw new OptimisticLockingFailureException("stale user " + id);
        }
        List<FieldError> errors = new ArrayList<>();
        UserAccountRules.Checked c = rules.check(changes.fullName(), changes.role(), changes.unitCode(), changes.neighbourhoodId(),
                changes.producerId(), errors);
        boolean newPassword = changes.newPassword() != null && !changes.newPassword().isEmpty();
        UserAccountRules.checkPassword("newPassword", changes.newPassword(), false, errors);
        if (me.id() == id && !changes.enabled()) {
            errors.add(new FieldError("enabled", "Không thể tự khoá tài khoản đang dùng."));
        }
        if (me.id() == id && c.role() != null && !Role.ADMIN.name().equals(c.role())) {
            errors.add(new FieldError("role", "Không thể tự bỏ vai trò quản trị của tài khoản đang dùng."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AppUserRow changed = row.withChanges(c.fullName(), c.role(), c.unitCode(), c.neighbourhoodId(), c.producerId(),
                changes.enabled());
        if (newPassword) {
            changed = changed.withPasswordHash(encoder.encode(changes.newPassword()));
        }
        AppUserRow saved = users.save(changed);
        audit.record("user", id, saved.unitCode(), AuditTrail.AuditAction.UPDATE, UserView.of(row), UserView.of(saved));
        if (newPassword) {
            audit.record("user", id, saved.unitCode(), AuditTrail.AuditAction.UPDATE, null,
                    Map.of("passwordChanged", true));
        }
    }

    private CurrentUser requireAdmin() {
        CurrentUser me = access.currentUser();
        if (!me.is(Role.ADMIN)) {
            throw new ForbiddenException("Chỉ quản trị hệ thống được quản lý tài khoản.");
        }
        return me;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static UserItem map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new UserItem(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"), rs.getString("role"),
                rs.getString("unit_code"), rs.getString("unit_name"), rs.getObject("neighbourhood_id", Long.class),
                rs.getString("neighbourhood_name"), rs.getObject("producer_id", Long.class), rs.getBoolean("enabled"),
                rs.getInt("version"));
    }
}
