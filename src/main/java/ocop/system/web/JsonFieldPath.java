package ocop.system.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Collectors;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;

/**
 * The JSON field a deserialisation error is about (e.g. {@code type} or {@code certifications[0].kind}), if known:
 * from the binding path of a wrong type or value, or, for broken JSON (a syntax error, a truncated body), from where
 * the parser stood.
 */
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
            if (t instanceof StreamReadException read && read.processor() != null) {
                return where(read.processor().streamReadContext());
            }
        }
        return null;
    }

    /** The path of the parser's position ({@code answers[2].note}), or null at the top level. */
    private static String where(TokenStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.currentName() != null) {
                parts.push(c.currentName());
            }
        }
        return parts.isEmpty() ? null : String.join(".", parts).replace(".[", "[");
    }
}
