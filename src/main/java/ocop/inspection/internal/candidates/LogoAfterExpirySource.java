package ocop.inspection.internal.candidates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ocop.certification.CertificateView;
import ocop.inspection.CandidateAtRisk;
import ocop.inspection.candidates.AtRiskReason;
import ocop.inspection.candidates.CertificateStanding;
import ocop.inspection.candidates.LogoAfterExpiryRule;
import ocop.inspection.candidates.LogoCheck;
import ocop.inspection.internal.AtRiskRecords;
import ocop.registry.RegistryApi;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Nguồn "dùng biểu trưng OCOP sau khi hết hiệu lực" ({@link LogoAfterExpiryRule}): the products whose latest submitted
 * visit saw the OCOP mark or stars used when their current certificate had expired or been revoked. The row carries
 * that certificate and counts to its last valid day (the revocation day when revoked); the note names the visit and what it
 * recorded.
 */
@Component
@Order(40)
class LogoAfterExpirySource implements AtRiskSource {

    private final AtRiskRecords records;
    private final Standings standings;
    private final RegistryApi registry;

    LogoAfterExpirySource(AtRiskRecords records, Standings standings, RegistryApi registry) {
        this.records = records;
        this.standings = standings;
        this.registry = registry;
    }

    @Override
    public List<CandidateAtRisk> rows(LocalDate today) {
        Map<Long, LogoCheck> latest = LogoAfterExpiryRule.latest(records.logoChecks());
        if (latest.values().stream().noneMatch(LogoCheck::markMisused)) {
            return List.of();
        }
        Standings.Snapshot snapshot = standings.load();
        Places places = new Places(registry);
        List<CandidateAtRisk> rows = new ArrayList<>();
        latest.forEach((productId, check) -> snapshot.current(productId).ifPresent(c -> {
            CertificateStanding standing = Standings.standing(c);
            if (LogoAfterExpiryRule.applies(standing, c.revokedOn(), check)) {
                LocalDate due = LogoAfterExpiryRule.dueOn(standing, c.revokedOn()).orElseThrow();
                rows.add(row(c, due, today, check, places));
            }
        }));
        return rows;
    }

    private static CandidateAtRisk row(CertificateView c, LocalDate due, LocalDate today, LogoCheck check,
            Places places) {
        AtRiskReason reason = AtRiskReason.LOGO_AFTER_EXPIRY;
        return new CandidateAtRisk(c.productId(), c.productName(), c.producerId(), c.producerName(), c.unitCode(),
                places.of(c.producerId()), reason.name(), reason.label(), c.id(), c.number(), c.stars(),
                c.validUntil(), due, ChronoUnit.DAYS.between(today, due), note(check));
    }

    /** E.g. "Kiểm tra ngày 20/11/2026: LOGO.2 không đạt; phát hiện: Bao bì còn in biểu trưng OCOP 3 sao". */
    static String note(LogoCheck check) {
        List<String> parts = new ArrayList<>();
        if (!check.itemsNotMet().isEmpty()) {
            parts.add(String.join(", ", check.itemsNotMet()) + " không đạt");
        }
        if (!check.findings().isEmpty()) {
            int more = check.findings().size() - 1;
            parts.add("phát hiện: " + Notes.shorten(check.findings().get(0), 100)
                    + (more == 0 ? "" : " (và " + more + " phát hiện khác)"));
        }
        return "Kiểm tra ngày " + Notes.day(check.visitedOn()) + ": " + String.join("; ", parts);
    }
}
