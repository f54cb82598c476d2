package ocop.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sign-in throttling (chống dò mật khẩu): after {@code ocop.security.max-failures} failed sign-ins for one
 * username within the lock-out period, further attempts are refused until the period has passed.
 */
@Component
class LoginThrottle {

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;

    LoginThrottle(@Value("${ocop.security.max-failures:5}") int maxFailures,
                  @Value("${ocop.security.lockout:PT15M}") Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
    }

    boolean isBlocked(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.count >= maxFailures && f.last.plus(lockout).isAfter(clock.instant());
    }

    void failed(String username) {
        Instant now = clock.instant();
        failures.compute(key(username), (k, f) -> f == null || f.last.plus(lockout).isBefore(now)
                ? new Failures(1, now) : new Failures(f.count + 1, now));
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    long lockoutMinutes() {
        return lockout.toMinutes();
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant last) {
    }
}
