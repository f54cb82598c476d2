package ocop.documents.internal;

import ocop.documents.DocumentContent;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON of the stored content and frame (nội dung lưu dạng JSON), with plain Jackson, independent of the web's. */
final class ContentJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private ContentJson() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static DocumentContent content(String json) {
        return MAPPER.readValue(json, DocumentContent.class);
    }

    static IssuingFrame frame(String json) {
        return json == null ? null : MAPPER.readValue(json, IssuingFrame.class);
    }
}
