package ocop.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import ocop.documents.DocumentType;
import ocop.documents.domain.DocumentTemplate;
import ocop.documents.domain.DocumentTemplate.SignatureStyle;
import ocop.documents.domain.DocumentTemplate.SubjectStyle;
import org.springframework.stereotype.Component;

/**
 * The templates of the document types (mẫu văn bản theo loại), read once from the data files
 * {@code documents/templates/<TYPE>.properties} (UTF-8). A missing or broken file stops the application at start.
 */
@Component
public class TemplateCatalog {

    static final String LOCATION = "documents/templates/";

    private final Map<DocumentType, DocumentTemplate> templates = new EnumMap<>(DocumentType.class);

    public TemplateCatalog() {
        for (DocumentType type : DocumentType.values()) {
            templates.put(type, load(type));
        }
    }

    public DocumentTemplate of(DocumentType type) {
        return templates.get(type);
    }

    static DocumentTemplate load(DocumentType type) {
        String path = LOCATION + type.name() + ".properties";
        try (InputStream in = TemplateCatalog.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Thiếu mẫu văn bản " + path);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            String title = p.getProperty("title", "").strip();
            return new DocumentTemplate(type, title.isEmpty() ? null : title,
                    Boolean.parseBoolean(required(p, "placeDate", path)),
                    Boolean.parseBoolean(required(p, "addressed", path)),
                    SubjectStyle.valueOf(required(p, "subject", path)),
                    SignatureStyle.valueOf(required(p, "signature", path)),
                    Boolean.parseBoolean(p.getProperty("closingMark", "true").strip()));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Mẫu văn bản " + path + " không đọc được: " + e.getMessage(), e);
        }
    }

    private static String required(Properties p, String key, String path) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("thiếu khóa " + key + " trong " + path);
        }
        return value.strip();
    }
}
