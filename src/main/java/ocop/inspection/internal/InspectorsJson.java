package ocop.inspection.internal;

import java.util.List;
import ocop.inspection.Inspector;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Inspectors as stored in the {@code inspectors} jsonb columns: {@code [{"userId": 4, "name": "…"}]}. */
@Component
class InspectorsJson {

    private static final TypeReference<List<Inspector>> LIST = new TypeReference<>() { };

    private final JsonMapper json;

    InspectorsJson(JsonMapper json) {
        this.json = json;
    }

    String write(List<Inspector> inspectors) {
        return json.writeValueAsString(inspectors);
    }

    List<Inspector> read(String stored) {
        return stored == null ? List.of() : json.readValue(stored, LIST);
    }

    /** A containment pattern for {@code inspectors @> CAST(:p AS jsonb)} matching an account. */
    String containing(long userId) {
        return "[{\"userId\": " + userId + "}]";
    }
}
