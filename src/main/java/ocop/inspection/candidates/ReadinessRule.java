package ocop.inspection.candidates;

/**
 * Quy tắc "sẵn sàng đánh giá" (who goes on the ready list): a product with no certificate in force (never ranked,
 * or its certificate expired), not revoked, with no dossier filed and undecided, whose latest self-assessment is
 * completed and which the criteria engine classes as certifiable (3★ or more, Điều 3.3) — so no minimum
 * requirement of the class it reaches is missed and no disqualification is declared. A product whose score is in the
 * 4★ band but misses a 4★ mark is ready as 3★: the engine already gives it 3★. A draft dossier does not count as
 * filed: the producer has not handed it to the ward yet.
 */
public final class ReadinessRule {

    private ReadinessRule() {
    }

    public static Readiness judge(ProductStanding product, SelfAssessed assessment) {
        if (product.certificateInForce()) {
            return Readiness.CERTIFICATE_IN_FORCE;
        }
        if (product.revoked()) {
            return Readiness.REVOKED;
        }
        if (product.dossierFiled()) {
            return Readiness.DOSSIER_FILED;
        }
        if (assessment == null || !assessment.completed()) {
            return Readiness.NO_COMPLETED_SELF_ASSESSMENT;
        }
        if (assessment.disqualified()) {
            return Readiness.DISQUALIFIED;
        }
        if (!assessment.certifiable()) {
            return assessment.heldBack() ? Readiness.MINIMUM_REQUIREMENT_MISSED : Readiness.BELOW_CERTIFIABLE;
        }
        return Readiness.READY;
    }
}
