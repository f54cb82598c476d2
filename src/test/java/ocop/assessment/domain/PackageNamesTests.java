package ocop.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ASCII file names for the provincial scoring software (tên tệp không dấu). */
class PackageNamesTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "Lan hồ điệp Xuân An, LanHoDiepXuanAn",
            "Đường Đồng Nai, DuongDongNai",
            "Giò chả, GioCha",
            "'Nấm Đông trùng Hạ thảo (Cordyceps) - Minh Khôi', NamDongTrungHaThaoCordycepsMinhKhoi",
            "'  ', SanPham",
            "Mẫu 03, Mau03"
    })
    void foldsToCamelCaseAscii(String text, String expected) {
        assertThat(PackageNames.part(text)).isEqualTo(expected);
    }

    @Test
    void entriesAreNumberedAndLongNamesCut() {
        assertThat(PackageNames.entry(1, "Mau03_BaoCao", "Lan hồ điệp Xuân An", "PDF"))
                .isEqualTo("01_Mau03_BaoCao_LanHoDiepXuanAn.pdf");
        assertThat(PackageNames.part("a".repeat(200))).hasSize(PackageNames.MAX_PART);
        assertThat(PackageNames.extensionOf("ảnh chụp.JPEG")).isEqualTo("jpeg");
        assertThat(PackageNames.extensionOf("khongduoi")).isEqualTo("bin");
        assertThat(PackageNames.part(null)).isEqualTo("SanPham");
    }
}
