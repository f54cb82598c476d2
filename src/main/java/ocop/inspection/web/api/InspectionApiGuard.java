package ocop.inspection.web.api;

import java.net.URI;
import ocop.access.AccessApi;
import ocop.access.CurrentUser;
import ocop.inspection.domain.InspectionPermissions;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The one permission check at the top of every inspection API action ({@link InspectionPermissions}): accounts with
 * no part in inspections (trưởng khu phố, Mặt trận, đoàn thể) get 403 everywhere, producers 403 on the officials'
 * side (plans, ad-hoc requests, the inspector's day); what is outside the user's scope is then 404 from the service.
 * Also builds the 201 responses with their {@code Location}.
 */
@Component
class InspectionApiGuard {

    private final AccessApi access;

    InspectionApiGuard(AccessApi access) {
        this.access = access;
    }

    /** Anyone who takes part in inspections (officials, producers for their own results). */
    void participant() {
        CurrentUser user = access.currentUser();
        if (!InspectionPermissions.takesPart(user)) {
            throw new ForbiddenException("Tài khoản này không tham gia kiểm tra, giám sát sản phẩm OCOP.");
        }
    }

    /** Officials only: plans, ad-hoc requests, the inspector's day. */
    void official() {
        participant();
        if (!InspectionPermissions.seesOfficialSide(access.currentUser())) {
            throw new ForbiddenException("Chỉ cán bộ, lãnh đạo và các đơn vị của UBND xem kế hoạch và yêu cầu kiểm tra.");
        }
    }

    /** The version read, required to approve or close (optimistic locking). */
    static int version(Integer version) {
        if (version == null) {
            throw new InvalidInputException("version", "Gửi kèm version của bản ghi đã đọc.");
        }
        return version;
    }

    /** 201 Created with the address of the new resource ({@code path} with its {id} placeholders filled). */
    static <T> ResponseEntity<T> created(T body, String path, Object... ids) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(path).buildAndExpand(ids).toUri();
        return ResponseEntity.created(location).body(body);
    }
}
