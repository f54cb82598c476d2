package ocop.dossier.internal;

import ocop.access.AccessApi;
import ocop.access.CurrentUser;
import ocop.dossier.domain.DossierPermissions;
import ocop.system.ForbiddenException;
import ocop.system.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads a dossier for the signed-in user (tải hồ sơ theo quyền): outside the user's scope it does not exist (404,
 * never a hint), inside it a role that may not read dossiers gets 403.
 */
@Component
public class DossierGuard {

    private final DossierStore store;
    private final AccessApi access;

    DossierGuard(DossierStore store, AccessApi access) {
        this.store = store;
        this.access = access;
    }

    public CurrentUser user() {
        return access.currentUser();
    }

    DossierRow readable(long id, CurrentUser user) {
        DossierRow row = store.find(id).filter(r -> r.inScope(user.scope())).orElseThrow(DossierGuard::notFound);
        if (!DossierPermissions.mayRead(user)) {
            throw new ForbiddenException("Vai trò của bạn không được xem hồ sơ đánh giá, phân hạng.");
        }
        return row;
    }

    /** Loads a dossier the user may change now (its forms, its evidence). */
    DossierRow editable(long id, CurrentUser user) {
        DossierRow row = readable(id, user);
        if (!DossierPermissions.mayCreate(user, row.producerId())) {
            throw new ForbiddenException("Bạn không được sửa hồ sơ này.");
        }
        if (!DossierPermissions.EDITABLE.contains(row.status())) {
            throw new ocop.system.ConflictException(null, "Hồ sơ đã nộp, không sửa được nữa. Chỉ sửa hồ sơ nháp hoặc "
                    + "hồ sơ được trả lại để bổ sung.");
        }
        return row;
    }

    /** The province of a commune-level unit (its code's province), which must exist. */
    public String provinceOf(String unitCode) {
        return access.unit(unitCode).map(ocop.access.AdministrativeUnit::provinceCode)
                .orElseThrow(() -> new IllegalStateException("unknown unit " + unitCode));
    }

    static NotFoundException notFound() {
        return new NotFoundException("Không tìm thấy hồ sơ.");
    }
}
