package ocop.dossier.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ocop.dossier.DossierKind;
import ocop.dossier.domain.EvidenceChecklist;
import ocop.dossier.domain.FormCatalog;
import ocop.dossier.domain.WorkingDayCalendar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the module's reference data (dữ liệu tham chiếu): the working-day calendar, the evidence checklist of Mẫu 02
 * and the fields of Mẫu 01/02, from JSON with plain Jackson.
 */
final class ReferenceJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ReferenceJson() {
    }

    static WorkingDayCalendar calendar(InputStream in) {
        JsonNode root = read(in);
        Map<LocalDate, String> holidays = new HashMap<>();
        for (JsonNode h : root.path("holidays")) {
            holidays.put(LocalDate.parse(h.path("date").asString()), h.path("name").asString());
        }
        Set<LocalDate> working = new HashSet<>();
        for (JsonNode w : root.path("workingWeekends")) {
            working.add(LocalDate.parse(w.path("date").asString()));
        }
        return new WorkingDayCalendar(holidays, working);
    }

    static EvidenceChecklist checklist(InputStream in) {
        JsonNode root = read(in);
        List<EvidenceChecklist.Item> items = new ArrayList<>();
        for (JsonNode i : root.path("items")) {
            items.add(new EvidenceChecklist.Item(i.path("code").asString(), i.path("name").asString(),
                    i.path("requirement").asString(), kinds(i.path("required")), i.path("timeLimited").asBoolean(),
                    strings(i.path("excludeGroups"))));
        }
        return new EvidenceChecklist(root.path("name").asString(), root.path("source").asString(), items);
    }

    static FormCatalog forms(InputStream in) {
        JsonNode root = read(in);
        List<FormCatalog.Part> parts = new ArrayList<>();
        for (JsonNode p : root.path("parts")) {
            boolean registryPart = p.path("registry").asBoolean(false);
            List<FormCatalog.Field> fields = new ArrayList<>();
            for (JsonNode f : p.path("fields")) {
                String type = f.path("type").asString(null);
                fields.add(new FormCatalog.Field(f.path("code").asString(), f.path("label").asString(),
                        type == null ? null : FormCatalog.Type.valueOf(type),
                        registryPart || f.path("registry").asBoolean(false), kinds(f.path("kinds")),
                        kinds(f.path("required")), strings(f.path("excludeGroups"))));
            }
            parts.add(new FormCatalog.Part(p.path("code").asString(), p.path("title").asString(), registryPart, fields));
        }
        return new FormCatalog(parts);
    }

    private static Set<DossierKind> kinds(JsonNode array) {
        Set<DossierKind> out = EnumSet.noneOf(DossierKind.class);
        for (JsonNode k : array) {
            out.add(DossierKind.valueOf(k.asString()));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : array) {
            out.add(s.asString());
        }
        return out;
    }

    private static JsonNode read(InputStream in) {
        try (in) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
