package ocop.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The place-date line: days below 10 and months 1 and 2 take a leading zero (Nghị định 30/2020/NĐ-CP). */
class DateLineTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-04-06 | Long Khánh, ngày 06 tháng 4 năm 2026",
        "2026-02-15 | Long Khánh, ngày 15 tháng 02 năm 2026",
        "2026-01-05 | Long Khánh, ngày 05 tháng 01 năm 2026",
        "2026-03-09 | Long Khánh, ngày 09 tháng 3 năm 2026",
        "2026-12-31 | Long Khánh, ngày 31 tháng 12 năm 2026",
        "2026-10-10 | Long Khánh, ngày 10 tháng 10 năm 2026"})
    void formatsTheDateAsTheDecreeSays(LocalDate date, String line) {
        assertThat(DateLine.of("Long Khánh", date)).isEqualTo(line);
    }

    @ParameterizedTest
    @CsvSource({"5, 1, BC-UBND, 05/BC-UBND", "12, 1, UBND-KT, 12/UBND-KT", "1, 1, QĐ-UBND, 01/QĐ-UBND",
        "123, 1, KH-UBND, 123/KH-UBND"})
    void numbersHaveAtLeastTwoDigits(int sequence, int unused, String symbol, String text) {
        assertThat(new DocumentNumber(sequence, symbol).text()).isEqualTo(text);
        assertThat(new DocumentNumber(sequence, symbol).line()).isEqualTo("Số: " + text);
    }

    @org.junit.jupiter.api.Test
    void aDraftLeavesDayMonthAndNumberBlank() {
        assertThat(DateLine.blank("Long Khánh", 2026)).matches("Long Khánh, ngày[\\s\\u00a0]+tháng[\\s\\u00a0]+năm 2026");
        assertThat(DocumentNumber.blankLine("BC-UBND")).matches("Số:[\\s\\u00a0]+/BC-UBND");
    }
}
