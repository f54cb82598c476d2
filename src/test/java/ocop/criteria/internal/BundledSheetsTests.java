package ocop.criteria.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import ocop.criteria.CriteriaException;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.SheetStatus;
import ocop.criteria.TestSheets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class BundledSheetsTests {

    @Test
    void all26SheetsOf2026AndThe148SheetLoadAndValidate() {
        List<CriteriaSheet> sheets = TestSheets.bundled().sheets();
        assertThat(sheets).hasSize(27);
        assertThat(sheets.stream().filter(s -> s.classificationVersion().equals("QD26-2026")))
                .hasSize(26).allSatisfy(s -> {
                    assertThat(s.status()).isEqualTo(SheetStatus.OFFICIAL);
                    assertThat(s.checkedAgainstSignedText()).isFalse();
                    assertThat(s.version()).isEqualTo(1);
                    assertThat(s.decision()).isEqualTo("26/2026/QĐ-TTg");
                });
        CriteriaSheet old = TestSheets.bundled("QD148-01");
        assertThat(old.status()).isEqualTo(SheetStatus.HISTORICAL);
        assertThat(old.classificationVersion()).isEqualTo("QD148-2023");
        assertThat(old.appliesTo()).containsExactly("I.1.a");
        assertThat(old.effectiveUntil()).hasToString("2026-07-21");
        assertThat(TestSheets.bundled("QD26-08").appliesTo()).containsExactly("I.3.d");
    }

    @Test
    void disqualificationsAndKnockOutsAreData() {
        CriteriaSheet qd2615 = TestSheets.bundled("QD26-15");
        assertThat(qd2615.disqualifications()).extracting(k -> k.code() + " " + k.text()).containsExactly(
                "D1 Giả mạo hồ sơ",
                "D2 Không tuân thủ đầy đủ các quy định về giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm theo quy định",
                "D3 Không có giấy phép sản xuất theo quy định",
                "D4 Không đáp ứng về hồ sơ đăng ký theo quy định");
        assertThat(TestSheets.bundled("QD26-26").disqualifications()).isEmpty();
        var criterion = TestSheets.bundled("QD26-21").parts().get(2).sections().get(0).criteria().get(1);
        assertThat(criterion.code()).isEqualTo("6.2");
        assertThat(criterion.knockOuts()).singleElement().satisfies(k -> {
            assertThat(k.code()).isEqualTo("6.2-KO");
            assertThat(criterion.notes()).contains(k.text());
        });
        var section16 = TestSheets.bundled("QD26-16").parts().get(2).sections().get(0);
        assertThat(section16.knockOuts()).extracting(k -> k.code()).containsExactly("6-KO");
    }

    @Test
    void theWardCriteriaAreFlagged() {
        var wardItems = TestSheets.bundled("QD26-01").parts().stream().flatMap(p -> p.sections().stream())
                .flatMap(s -> s.criteria().stream()).filter(c -> c.wardAssessed())
                .map(c -> c.code() + "→" + c.wardItem()).toList();
        assertThat(wardItems).containsExactly("1.1→1", "2.1→3", "3.3→2", "5.3→4");
    }

    @Test
    void aBrokenBundledSheetFailsStartUpWithEveryErrorOfEveryFile() {
        PathMatchingResourcePatternResolver real = new PathMatchingResourcePatternResolver();
        String small = SheetJson.write(TestSheets.small());
        PathMatchingResourcePatternResolver fake = new PathMatchingResourcePatternResolver() {
            @Override
            public Resource[] getResources(String pattern) throws IOException {
                if (!pattern.equals(BundledSheets.PATTERN)) {
                    return real.getResources(pattern);
                }
                return new Resource[] {named("a.json", small), named("b.json", "{ not json")};
            }
        };
        assertThatThrownBy(() -> new BundledSheets(fake)).isInstanceOfSatisfying(CriteriaException.class, e -> {
            assertThat(e.code()).isEqualTo("INVALID_SHEET");
            assertThat(e.errors()).anySatisfy(m -> assertThat(m).contains("TEST-01", "classificationVersion"))
                    .anySatisfy(m -> assertThat(m).contains("criteria/b.json"));
        });
    }

    private static Resource named(String name, String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}
