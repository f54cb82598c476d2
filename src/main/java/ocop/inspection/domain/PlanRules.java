package ocop.inspection.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ocop.inspection.Inspector;
import ocop.inspection.PlanInput;
import ocop.inspection.PlanItemInput;
import ocop.system.FieldError;

/** Kiểm tra dữ liệu kế hoạch kiểm tra (plan and plan-item input), every error with its field. */
public final class PlanRules {

    private PlanRules() {
    }

    public static List<FieldError> plan(PlanInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.year() == null || in.year() < 2000 || in.year() > 2100) {
            errors.add(new FieldError("year", "Nhập năm của kế hoạch (ví dụ 2026)."));
        }
        if (in.quarter() != null && (in.quarter() < 1 || in.quarter() > 4)) {
            errors.add(new FieldError("quarter", "Quý phải từ 1 đến 4, hoặc để trống cho cả năm."));
        }
        if (in.title() == null || in.title().isBlank()) {
            errors.add(new FieldError("title", "Nhập tên kế hoạch."));
        } else if (in.title().strip().length() > 300) {
            errors.add(new FieldError("title", "Tên kế hoạch tối đa 300 ký tự."));
        }
        return errors;
    }

    public static List<FieldError> item(PlanItemInput in, int year, Integer quarter) {
        List<FieldError> errors = new ArrayList<>();
        if (in.productId() == null) {
            errors.add(new FieldError("productId", "Chọn sản phẩm cần kiểm tra."));
        }
        LocalDate day = in.plannedOn();
        if (day == null) {
            errors.add(new FieldError("plannedOn", "Nhập ngày dự kiến kiểm tra."));
        } else if (day.getYear() != year || quarter != null && (day.getMonthValue() - 1) / 3 + 1 != quarter) {
            errors.add(new FieldError("plannedOn", quarter == null ? "Ngày kiểm tra phải trong năm " + year + "."
                    : "Ngày kiểm tra phải trong quý " + quarter + " năm " + year + "."));
        }
        errors.addAll(inspectors(in.inspectors()));
        if (in.note() != null && in.note().length() > 2000) {
            errors.add(new FieldError("note", "Ghi chú tối đa 2000 ký tự."));
        }
        return errors;
    }

    /** At least one inspector, each named. */
    public static List<FieldError> inspectors(List<Inspector> inspectors) {
        List<FieldError> errors = new ArrayList<>();
        if (inspectors == null || inspectors.isEmpty()) {
            errors.add(new FieldError("inspectors", "Cần ít nhất một người kiểm tra."));
            return errors;
        }
        for (int i = 0; i < inspectors.size(); i++) {
            Inspector p = inspectors.get(i);
            if (p == null || p.name() == null || p.name().isBlank()) {
                errors.add(new FieldError("inspectors[" + i + "].name", "Nhập họ tên người kiểm tra."));
            }
        }
        return errors;
    }
}
