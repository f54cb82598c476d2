package ocop.inspection.web;

import ocop.inspection.PlanInput;

/** The plan form (lập kế hoạch kiểm tra): the ward (province officers only), year, quarter (empty: the year), title. */
record PlanForm(String unitCode, Integer year, Integer quarter, String title) {

    static PlanForm empty(int year) {
        return new PlanForm(null, year, null, null);
    }

    PlanInput input() {
        return new PlanInput(unitCode, year, quarter, title, null);
    }
}
