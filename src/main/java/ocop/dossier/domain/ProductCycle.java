package ocop.dossier.domain;

import ocop.system.ConflictException;

/**
 * Where a product stands in the OCOP cycle (vị trí của sản phẩm trong chu trình): how it entered (a new idea, or an
 * existing product that may go straight to evaluation), its step, and the ward's decisions on the registration and on
 * the business plan (phương án sản xuất kinh doanh). Every move returns a new value and refuses a move out of order.
 */
public record ProductCycle(Entry entry, CycleStep step, Idea idea, Plan plan) {

    /** How the product entered the programme. Labels: {@code cycle.entry.<NAME>}. */
    public enum Entry { NEW_IDEA, EXISTING }

    /** The ward's decision on the registration. Labels: {@code cycle.idea.<NAME>}. */
    public enum Idea { PENDING, ACCEPTED, RETURNED }

    /** The business plan. Labels: {@code cycle.plan.<NAME>}. */
    public enum Plan { NONE, SUBMITTED, ACCEPTED, RETURNED, NOT_NEEDED }

    /** What happened, for the dated history. Labels: {@code cycle.event.<NAME>}. */
    public enum Event {
        IDEA_REGISTERED, EXISTING_REGISTERED, IDEA_ACCEPTED, IDEA_RETURNED, IDEA_RESUBMITTED, PLAN_SUBMITTED,
        PLAN_ACCEPTED, PLAN_RETURNED, DOSSIER_OPENED, DOSSIER_SUBMITTED, RECOGNISED, NOT_RECOGNISED
    }

    /** A new idea registered: the ward assesses it (step 2). */
    public static ProductCycle newIdea() {
        return new ProductCycle(Entry.NEW_IDEA, CycleStep.IDEA, Idea.PENDING, Plan.NONE);
    }

    /** An existing product registered: once the ward accepts it, it may be evaluated without a new plan. */
    public static ProductCycle existing() {
        return new ProductCycle(Entry.EXISTING, CycleStep.IDEA, Idea.PENDING, Plan.NOT_NEEDED);
    }

    /** An existing product the ward itself registered (or found in the registry already in the programme). */
    public static ProductCycle existingAccepted(boolean recognised) {
        return new ProductCycle(Entry.EXISTING, recognised ? CycleStep.PROMOTION : CycleStep.EVALUATION,
                Idea.ACCEPTED, Plan.NOT_NEEDED);
    }

    public ProductCycle acceptIdea() {
        requireIdea(Idea.PENDING, "Đăng ký này không ở trạng thái chờ xem xét.");
        return new ProductCycle(entry, entry == Entry.NEW_IDEA ? CycleStep.BUSINESS_PLAN : CycleStep.EVALUATION,
                Idea.ACCEPTED, plan);
    }

    public ProductCycle returnIdea() {
        requireIdea(Idea.PENDING, "Đăng ký này không ở trạng thái chờ xem xét.");
        return new ProductCycle(entry, CycleStep.IDEA, Idea.RETURNED, plan);
    }

    public ProductCycle resubmitIdea() {
        requireIdea(Idea.RETURNED, "Chỉ nộp lại được đăng ký đã bị trả lại.");
        return new ProductCycle(entry, CycleStep.IDEA, Idea.PENDING, plan);
    }

    public ProductCycle submitPlan() {
        if (entry != Entry.NEW_IDEA || idea != Idea.ACCEPTED) {
            throw new ConflictException(null, "Phương án sản xuất kinh doanh được nộp sau khi ý tưởng được chấp nhận.");
        }
        if (plan == Plan.ACCEPTED) {
            throw new ConflictException(null, "Phương án sản xuất kinh doanh đã được chấp nhận.");
        }
        return new ProductCycle(entry, CycleStep.BUSINESS_PLAN, idea, Plan.SUBMITTED);
    }

    public ProductCycle acceptPlan() {
        requirePlanSubmitted();
        return new ProductCycle(entry, CycleStep.IMPLEMENTATION, idea, Plan.ACCEPTED);
    }

    public ProductCycle returnPlan() {
        requirePlanSubmitted();
        return new ProductCycle(entry, CycleStep.BUSINESS_PLAN, idea, Plan.RETURNED);
    }

    /** Moves forward to a later step (a dossier opened, a recognition); never back. */
    public ProductCycle reach(CycleStep later) {
        return later.number() > step.number() ? new ProductCycle(entry, later, idea, plan) : this;
    }

    /**
     * Whether a first evaluation dossier may be opened: the registration accepted and, for a new idea, the business
     * plan accepted ({@code requirePlan}, a setting).
     */
    public boolean mayOpenFirstDossier(boolean requirePlan) {
        if (idea != Idea.ACCEPTED) {
            return false;
        }
        return entry == Entry.EXISTING || !requirePlan || plan == Plan.ACCEPTED;
    }

    /** Why a first dossier may not be opened yet, or null. */
    public String firstDossierBlocker(boolean requirePlan) {
        if (idea != Idea.ACCEPTED) {
            return "Đăng ký sản phẩm chưa được UBND phường chấp nhận.";
        }
        if (!mayOpenFirstDossier(requirePlan)) {
            return "Ý tưởng sản phẩm mới cần có phương án sản xuất kinh doanh được chấp nhận trước khi lập hồ sơ "
                    + "đánh giá lần đầu.";
        }
        return null;
    }

    private void requireIdea(Idea expected, String message) {
        if (idea != expected) {
            throw new ConflictException(null, message);
        }
    }

    private void requirePlanSubmitted() {
        if (plan != Plan.SUBMITTED) {
            throw new ConflictException(null, "Chưa có phương án sản xuất kinh doanh chờ xem xét.");
        }
    }
}
