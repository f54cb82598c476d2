package ocop.criteria.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Phân nhóm đã biết (known classification leaves): version → leaf codes, read from the classification reference
 * files shipped with the application ({@code reference/classification/*.json}: {@code version} and a tree of
 * {@code nodes} with {@code children}). Only the data files are read; no other module's code is used.
 */
final class ClassificationLeaves {

    static final String PATTERN = "classpath*:reference/classification/*.json";

    private ClassificationLeaves() {
    }

    static Map<String, Set<String>> load(ResourcePatternResolver resolver) {
        Map<String, Set<String>> leaves = new TreeMap<>();
        JsonMapper mapper = JsonMapper.builder().build();
        try {
            for (Resource resource : resolver.getResources(PATTERN)) {
                try (InputStream in = resource.getInputStream()) {
                    JsonNode root = mapper.readTree(in);
                    Set<String> codes = leaves.computeIfAbsent(root.path("version").asString(), v -> new TreeSet<>());
                    collect(root.path("nodes"), codes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được danh mục phân loại " + PATTERN, e);
        }
        return leaves;
    }

    private static void collect(JsonNode nodes, Set<String> codes) {
        for (JsonNode node : nodes.values()) {
            JsonNode children = node.path("children");
            if (children.isEmpty()) {
                codes.add(node.path("code").asString());
            } else {
                collect(children, codes);
            }
        }
    }
}
