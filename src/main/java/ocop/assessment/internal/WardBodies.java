package ocop.assessment.internal;

import ocop.access.AccessApi;
import ocop.access.AdministrativeUnit;
import ocop.assessment.domain.WardBody;
import org.springframework.stereotype.Component;

/** Names the ward and its province for documents (tên UBND phường, UBND tỉnh) from the administrative units. */
@Component
class WardBodies {

    private final AccessApi access;
    private final AssessmentSettings settings;

    WardBodies(AccessApi access, AssessmentSettings settings) {
        this.access = access;
        this.settings = settings;
    }

    /** The province of a commune-level unit ("75" for phường Long Khánh). */
    String provinceCode(String unitCode) {
        return access.unit(unitCode).map(AdministrativeUnit::provinceCode).orElse("");
    }

    WardBody of(String unitCode) {
        AdministrativeUnit unit = access.unit(unitCode).orElse(null);
        String unitName = unit == null ? "Phường " + unitCode : unit.name();
        String provinceName = unit == null || unit.provinceName() == null ? "Tỉnh" : unit.provinceName();
        if (unit != null && unit.provinceName() == null && unit.provinceCode() != null) {
            provinceName = access.unit(unit.provinceCode()).map(AdministrativeUnit::name).orElse(provinceName);
        }
        return new WardBody(unitName, provinceName, settings.provinceAgency());
    }
}
