package ocop.criteria.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import ocop.criteria.CriteriaException;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.TestSheets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class SheetJsonTests {

    @Test
    void everyShippedFileIsWrittenBackByteForByte() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(BundledSheets.PATTERN);
        assertThat(files).hasSize(27);
        for (Resource file : files) {
            String text;
            try (InputStream in = file.getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            CriteriaSheet sheet = SheetJson.read(text, file.getFilename());
            assertThat(SheetJson.write(sheet)).as(file.getFilename()).isEqualTo(text);
        }
    }

    @Test
    void writeThenReadGivesTheSameSheet() {
        for (CriteriaSheet sheet : TestSheets.bundled().sheets()) {
            assertThat(SheetJson.read(SheetJson.write(sheet), sheet.code())).isEqualTo(sheet);
        }
        CriteriaSheet small = TestSheets.small();
        assertThat(SheetJson.read(SheetJson.write(small), "small")).isEqualTo(small);
    }

    @Test
    void malformedTextNamesTheOriginAndThePlace() {
        assertThatThrownBy(() -> SheetJson.read("{\"code\": ", "thu.json"))
                .isInstanceOfSatisfying(CriteriaException.class, e -> {
                    assertThat(e.code()).isEqualTo("MALFORMED_SHEET");
                    assertThat(e.field()).isEqualTo("thu.json");
                    assertThat(e.getMessage()).contains("thu.json", "dòng 1");
                });
    }

    @Test
    void unknownAndMissingFieldsAreRejected() {
        String text = SheetJson.write(TestSheets.small());
        assertThatThrownBy(() -> SheetJson.read(text.replace("\"header\": null,", "\"header\": null, \"extra\": 1,"),
                "extra")).isInstanceOf(CriteriaException.class).hasMessageContaining("extra");
        assertThatThrownBy(() -> SheetJson.read(text.replace("\"header\": null,", ""), "missing"))
                .isInstanceOf(CriteriaException.class).hasMessageContaining("header");
    }
}
