package ocop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hoàng Duy       | hoang duy",
            "Giò chả         | gio cha",
            "ĐỖ QUANG KHÔI   | do quang khoi",
            "Phường Long Khánh | phuong long khanh",
            "Đồng Nai        | dong nai",
            "Bưởi Tân Triều  | buoi tan trieu",
            "Mật ong Ỷ Lan   | mat ong y lan",
    })
    void foldStripsDiacriticsAndLowerCases(String input, String expected) {
        assertThat(VietnameseText.fold(input)).isEqualTo(expected);
    }

    @Test
    void foldHandlesDecomposedInputAndCollapsesWhitespace() {
        String decomposed = Normalizer.normalize("  Hoàng \t\n Duy\u00A0 ", Normalizer.Form.NFD);
        assertThat(VietnameseText.fold(decomposed)).isEqualTo("hoang duy");
    }

    @Test
    void nfcComposesTrimsAndCollapsesWhitespace() {
        String decomposed = Normalizer.normalize("  Giò   chả\u00A0Long\tKhánh  ", Normalizer.Form.NFD);
        String result = VietnameseText.nfc(decomposed);
        assertThat(result).isEqualTo("Giò chả Long Khánh");
        assertThat(Normalizer.isNormalized(result, Normalizer.Form.NFC)).isTrue();
        assertThat(result).hasSize(18);
    }

    @Test
    void nfcKeepsCaseAndDiacritics() {
        assertThat(VietnameseText.nfc("ĐỖ QUANG KHÔI")).isEqualTo("ĐỖ QUANG KHÔI");
    }

    @Test
    void blankInputGivesEmptyString() {
        assertThat(VietnameseText.nfc("   ")).isEmpty();
        assertThat(VietnameseText.fold(" \t ")).isEmpty();
    }

    @Test
    void nullInputGivesNull() {
        assertThat(VietnameseText.nfc(null)).isNull();
        assertThat(VietnameseText.fold(null)).isNull();
        assertThat(VietnameseText.digitsOnly(null)).isNull();
    }

    @Test
    void digitsOnlyDropsEverythingButAsciiDigits() {
        assertThat(VietnameseText.digitsOnly("0100109106-001")).isEqualTo("0100109106001");
        assertThat(VietnameseText.digitsOnly("+84 912.345.678")).isEqualTo("84912345678");
        assertThat(VietnameseText.digitsOnly("không có số")).isEmpty();
    }
}
