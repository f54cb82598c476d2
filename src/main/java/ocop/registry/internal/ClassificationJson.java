package ocop.registry.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import ocop.registry.domain.ClassificationLevel;
import ocop.registry.domain.ClassificationNode;
import ocop.registry.domain.ClassificationStatus;
import ocop.registry.domain.ProductClassification;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Đọc tệp phân loại sản phẩm OCOP ({@code reference/classification/*.json}) thành
 * {@link ProductClassification}, with plain Jackson (no Spring). Missing fields become {@code null} and
 * are left to {@link ocop.registry.domain.ClassificationValidator}; only text that cannot be read at all
 * (bad JSON, unknown level or status, malformed date) is refused here.
 */
public final class ClassificationJson {

    /** Where the files live on the class path. */
    public static final String LOCATION = "reference/classification/";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ClassificationJson() {
    }

    /**
     * Reads one version.
     *
     * @param json   the file's content (UTF-8)
     * @param origin the file's name, for error messages
     * @throws IllegalArgumentException if the content cannot be read
     */
    public static ProductClassification read(InputStream json, String origin) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(origin + ": JSON không đọc được: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(origin + ": phải là một đối tượng JSON");
        }
        List<ClassificationNode> sectors = new ArrayList<>();
        for (JsonNode node : root.path("nodes")) {
            sectors.add(node(node, origin));
        }
        return new ProductClassification(text(root, "version"), text(root, "decision"),
                date(root, "effectiveFrom", origin), date(root, "effectiveUntil", origin),
                constant(ClassificationStatus.class, text(root, "status"), origin), text(root, "source"),
                sectors);
    }

    private static ClassificationNode node(JsonNode json, String origin) {
        List<ClassificationNode> children = new ArrayList<>();
        for (JsonNode child : json.path("children")) {
            children.add(node(child, origin));
        }
        return new ClassificationNode(text(json, "code"),
                constant(ClassificationLevel.class, text(json, "level"), origin + " (" + text(json, "code") + ")"),
                text(json, "name"), text(json, "agency"), text(json, "criteriaSheet"), children);
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    private static LocalDate date(JsonNode json, String field, String origin) {
        String value = text(json, field);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(origin + ": " + field + " không phải ngày yyyy-MM-dd: " + value, e);
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String origin) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + ": giá trị " + type.getSimpleName() + " lạ: " + value, e);
        }
    }
}
