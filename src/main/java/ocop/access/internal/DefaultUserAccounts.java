package ocop.access.internal;

import java.util.Optional;
import java.util.function.Supplier;
import ocop.access.AuditTrail;
import ocop.access.CurrentUser;
import ocop.access.Role;
import ocop.access.UserAccounts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultUserAccounts implements UserAccounts {

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final AccountUserDetailsService userDetails;

    DefaultUserAccounts(AppUserRepository users, PasswordEncoder encoder, AuditTrail audit,
                        AccountUserDetailsService userDetails) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.userDetails = userDetails;
    }

    @Override
    @Transactional
    public long create(NewAccount a) {
        if (a.role() == Role.SYSTEM || SystemActor.reserved(a.username())) {
            throw new IllegalArgumentException("The system actor is not an account: " + a.username());
        }
        AppUserRow saved = users.save(new AppUserRow(null, a.username().trim(), encoder.encode(a.rawPassword()),
                a.fullName(), a.role().name(), a.unitCode(), a.neighbourhoodId(), a.producerId(), true, a.demo(),
                java.time.OffsetDateTime.now(), null));
        audit.record("user", saved.id(), saved.unitCode(), AuditTrail.AuditAction.CREATE, null,
                UserView.of(saved));
        return saved.id();
    }

    @Override
    public Optional<Long> idOf(String username) {
        return users.findByUsername(username).map(AppUserRow::id);
    }

    @Override
    public <T> T runAs(String username, Supplier<T> work) {
        return as(userDetails.loadUserByUsername(username), work);
    }

    @Override
    public <T> T runAsSystem(Supplier<T> work) {
        return as(SystemActor.details(), work);
    }

    private static <T> T as(UserDetails details, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
