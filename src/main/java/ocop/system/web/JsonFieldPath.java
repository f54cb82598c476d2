package ocop.system.web;

import java.util.stream.Collectors;
import tools.jackson.databind.DatabindException;

/** The JSON field a deserialisation error is about (e.g. {@code type} or {@code certifications[0].kind}), if known. */
final class JsonFieldPath {

    private JsonFieldPath() {
    }

    static String of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DatabindException db && !db.getPath().isEmpty()) {
                return db.getPath().stream()
                        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[");
            }
        }
        return null;
    }
}
