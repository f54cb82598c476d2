package ocop.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import ocop.access.AdministrativeUnit;
import ocop.access.internal.AdminUnitAdministration;
import ocop.access.internal.AdminUnitSearch;
import ocop.system.NotFoundException;
import ocop.system.PageSlice;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Danh mục đơn vị hành chính (administrative units) as JSON: any signed-in user reads; only the system
 * administrator adds a unit or renames one from a date. Errors are problem+json naming the field.
 */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Đơn vị hành chính", description = "Danh mục tỉnh và đơn vị cấp xã (QĐ 19/2025/QĐ-TTg), tên theo ngày")
class UnitApiController {

    private final AdminUnitSearch units;
    private final AdminUnitAdministration administration;

    UnitApiController(AdminUnitSearch units, AdminUnitAdministration administration) {
        this.units = units;
        this.administration = administration;
    }

    @GetMapping
    @Operation(summary = "Tìm đơn vị hành chính",
            description = "q: tên không dấu (vd. 'long khanh'); province: mã tỉnh; level: PROVINCE hoặc COMMUNE; "
                    + "date: tên theo ngày (mặc định hôm nay); page từ 0, size tối đa 100.")
    PageSlice<AdministrativeUnit> list(@RequestParam(required = false) String q,
                                       @RequestParam(required = false) String province,
                                       @RequestParam(required = false) AdministrativeUnit.Level level,
                                       @Parameter(description = "yyyy-MM-dd") @RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        return units.search(q, province, level, date, page, size);
    }

    @GetMapping("/{code}")
    @Operation(summary = "Một đơn vị hành chính theo mã", description = "404 nếu không có mã này.")
    AdministrativeUnit get(@PathVariable String code, @RequestParam(required = false)
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return units.find(code, date)
                .orElseThrow(() -> new NotFoundException("Không có đơn vị hành chính mã " + code + "."));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm đơn vị hành chính (quản trị hệ thống)")
    AdministrativeUnit create(@RequestBody NewUnitRequest body) {
        return administration.create(new AdminUnitAdministration.NewUnit(body.code(), body.level(), body.name(), body.type(),
                body.provinceCode(), body.validFrom()));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Đổi tên hoặc loại đơn vị từ một ngày (quản trị hệ thống)",
            description = "Đóng tên hiện hành vào ngày validFrom và thêm tên mới; tên cũ vẫn dùng cho các ngày trước.")
    AdministrativeUnit rename(@PathVariable String code, @RequestBody RenameRequest body) {
        return administration.rename(code, new AdminUnitAdministration.UnitRename(body.name(), body.type(), body.validFrom()));
    }

    /** Body of POST: level PROVINCE or COMMUNE; type tinh/thanh_pho or xa/phuong/dac_khu; validFrom yyyy-MM-dd. */
    record NewUnitRequest(String code, String level, String name, String type, String provinceCode,
                          LocalDate validFrom) {
    }

    /** Body of PUT: the new name, the type (blank keeps it) and the first day of the new name. */
    record RenameRequest(String name, String type, LocalDate validFrom) {
    }
}
