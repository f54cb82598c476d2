package ocop.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import ocop.inspection.domain.ChecklistTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/** The shipped checklist is valid and has the sections; a broken file stops start-up with every error. */
class ChecklistLibraryTests {

    private static Resource file(String name, String json) {
        return new ByteArrayResource(json.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    @Test
    void theShippedChecklistHasEverySection() {
        List<ChecklistTemplate> loaded = ChecklistLibrary.load(
                List.of(new ClassPathResource("inspection/checklists/hau-kiem-v1.json")));
        assertThat(loaded).singleElement().satisfies(t -> {
            assertThat(t.code()).isEqualTo("HAU-KIEM");
            assertThat(t.sections()).extracting(ChecklistTemplate.Section::code)
                    .containsExactly("SX", "CL", "TC", "TCN", "LOGO", "NHAN", "MAU", "VS");
            assertThat(t.sections().get(3).items()).extracting(ChecklistTemplate.Item::qualitySystem)
                    .containsExactly("ISO_22000", "HACCP", "VIETGAP", "GLOBALGAP", "GMP", "HUU_CO");
        });
    }

    @Test
    void brokenFilesAreAllReported() {
        assertThatThrownBy(() -> ChecklistLibrary.load(List.of(file("a.json", "{ nope"),
                file("b.json", "{\"code\":\"B\",\"version\":1,\"name\":\"B\",\"effectiveFrom\":\"2026-01-01\","
                        + "\"source\":null,\"sections\":[]}"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inspection/checklists/a.json: không đọc được JSON")
                .hasMessageContaining("inspection/checklists/b.json: mẫu phiếu không có nhóm nội dung nào");
    }
}
