package ocop.inspection.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ocop.inspection.domain.ChecklistTemplate;
import ocop.inspection.domain.ChecklistValidator;
import ocop.registry.QualitySystem;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mẫu phiếu kiểm tra (checklist templates as versioned data): every {@code classpath*:inspection/checklists/*.json}
 * is read and validated when the application starts — any error in any file stops it, with every error listed — and
 * each code and version not stored yet is inserted into {@code inspection.checklist_template} (a stored version is
 * never overwritten). Visits take the template in force on their day from the database.
 */
@Component
class ChecklistLibrary implements SmartInitializingSingleton {

    static final String PATTERN = "classpath*:inspection/checklists/*.json";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final List<ChecklistTemplate> bundled;
    private final JdbcClient jdbc;

    ChecklistLibrary(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.bundled = load(resources());
    }

    /** Reads and validates templates; throws {@link IllegalStateException} listing every error of every file. */
    static List<ChecklistTemplate> load(List<Resource> resources) {
        Set<String> systems = new HashSet<>(Arrays.stream(QualitySystem.values()).map(Enum::name).toList());
        List<ChecklistTemplate> loaded = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Resource r : resources) {
            String origin = "inspection/checklists/" + r.getFilename();
            try (InputStream in = r.getInputStream()) {
                ChecklistTemplate t = MAPPER.readValue(in, ChecklistTemplate.class);
                errors.addAll(ChecklistValidator.validate(t, origin, systems));
                if (!seen.add(t.code() + "@" + t.version())) {
                    errors.add(origin + ": trùng mẫu phiếu " + t.code() + " phiên bản " + t.version());
                }
                loaded.add(t);
            } catch (JacksonException e) {
                errors.add(origin + ": không đọc được JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                throw new UncheckedIOException("Không đọc được " + origin, e);
            }
        }
        if (loaded.isEmpty() && errors.isEmpty()) {
            errors.add("Không tìm thấy mẫu phiếu kiểm tra nào (" + PATTERN + ")");
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Mẫu phiếu kiểm tra không hợp lệ:\n- " + String.join("\n- ", errors));
        }
        return List.copyOf(loaded);
    }

    private static List<Resource> resources() {
        try {
            return List.of(new PathMatchingResourcePatternResolver(ChecklistLibrary.class.getClassLoader())
                    .getResources(PATTERN));
        } catch (IOException e) {
            throw new UncheckedIOException("Không liệt kê được " + PATTERN, e);
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (ChecklistTemplate t : bundled) {
            jdbc.sql("""
                    INSERT INTO inspection.checklist_template (code, version, name, effective_from, body)
                    VALUES (:c, :v, :n, :f, CAST(:b AS jsonb)) ON CONFLICT DO NOTHING""")
                    .param("c", t.code()).param("v", t.version()).param("n", t.name())
                    .param("f", t.effectiveFrom()).param("b", MAPPER.writeValueAsString(t)).update();
        }
    }

    /** The template in force on a day: the latest effective-from on or before it, the highest version winning. */
    Optional<ChecklistTemplate> inForceOn(LocalDate day) {
        return jdbc.sql("""
                SELECT body::text FROM inspection.checklist_template WHERE effective_from <= :d
                 ORDER BY effective_from DESC, version DESC LIMIT 1""")
                .param("d", day).query(String.class).optional().map(b -> MAPPER.readValue(b, ChecklistTemplate.class));
    }
}
