package ocop.dossier.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The leaves of the product classification in force (phân nhóm sản phẩm, Phụ lục I) as choices for the intake forms,
 * read from the registry's reference file ({@code ocop.dossier.classification-file}). A stopgap until the registry's
 * API lists its classification; the registry still validates every code it is given.
 */
@Component
public class ClassificationOptions {

    /** One choice: the leaf's code and its path of names. */
    public record Option(String code, String label) {
    }

    private final List<Option> options;

    ClassificationOptions(@Value("${ocop.dossier.classification-file:classpath:reference/classification/qd26-2026.json}")
                          Resource file) {
        List<Option> out = new ArrayList<>();
        try (InputStream in = file.getInputStream()) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            for (JsonNode node : root.path("nodes")) {
                walk(node, "", out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.options = List.copyOf(out);
    }

    public List<Option> all() {
        return options;
    }

    private static void walk(JsonNode node, String prefix, List<Option> out) {
        String label = (prefix.isEmpty() ? "" : prefix + " › ") + node.path("name").asString();
        if (node.path("children").isEmpty()) {
            out.add(new Option(node.path("code").asString(), node.path("code").asString() + " — " + label));
        } else {
            for (JsonNode child : node.path("children")) {
                walk(child, label, out);
            }
        }
    }
}
