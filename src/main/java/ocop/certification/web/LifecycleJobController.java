package ocop.certification.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import ocop.access.AccessApi;
import ocop.access.Role;
import ocop.certification.internal.CertificateExpiry;
import ocop.certification.internal.RenewalReminders;
import ocop.system.ForbiddenException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Chạy ngay việc nhắc hạn và xử lý hết hạn (run the daily lifecycle jobs now), for administrators: the same jobs the
 * scheduler runs every morning, idempotent, optionally as of another date.
 */
@RestController
class LifecycleJobController {

    private final RenewalReminders reminders;
    private final CertificateExpiry expiry;
    private final AccessApi access;
    private final Clock clock;

    LifecycleJobController(RenewalReminders reminders, CertificateExpiry expiry, AccessApi access, Clock clock) {
        this.reminders = reminders;
        this.expiry = expiry;
        this.access = access;
        this.clock = clock;
    }

    @PostMapping("/api/v1/certificates/lifecycle/run")
    @Operation(summary = "Quản trị viên: chạy ngay việc nhắc hạn đánh giá lại và xử lý giấy chứng nhận hết hiệu lực")
    Map<String, Object> run(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                            LocalDate date) {
        if (!access.currentUser().is(Role.ADMIN)) {
            throw new ForbiddenException("Chỉ quản trị viên được chạy việc nhắc hạn và xử lý hết hạn.");
        }
        LocalDate day = date != null ? date : LocalDate.now(clock);
        return Map.of("date", day.toString(), "reminded", reminders.run(day), "expired", expiry.run(day));
    }
}
