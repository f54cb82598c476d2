package ocop.inspection;

import java.util.List;

/** A finding (phát hiện) of a visit with its corrective actions. */
public record FindingView(long id, long visitId, String itemCode, String text, Severity severity,
                          List<ActionView> actions) {
}
