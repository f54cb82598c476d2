package ocop.assessment.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ocop.assessment.domain.Opinion;
import ocop.dossier.WardItem;
import org.springframework.stereotype.Component;

/** The units' opinions on a dossier, item by item, as lines for the Mẫu 03 report (ý kiến các đơn vị). */
@Component
class OpinionReader {

    private final MeetingRepository meetings;
    private final AssessmentSettings settings;

    OpinionReader(MeetingRepository meetings, AssessmentSettings settings) {
        this.meetings = meetings;
        this.settings = settings;
    }

    Map<WardItem, List<String>> linesFor(long dossierId) {
        Map<WardItem, List<String>> out = new EnumMap<>(WardItem.class);
        for (Opinion o : meetings.opinionsOnDossier(dossierId)) {
            out.computeIfAbsent(o.item(), i -> new ArrayList<>()).add(o.line(settings.conclusions()));
        }
        return out;
    }
}
