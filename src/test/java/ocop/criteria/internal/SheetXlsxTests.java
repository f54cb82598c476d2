package ocop.criteria.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.TestSheets;
import ocop.criteria.domain.SheetValidator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The XLSX template: export then import gives the same sheet; a broken file lists every problem by row. */
class SheetXlsxTests {

    @Test
    void everyShippedSheetRoundTripsThroughXlsx() {
        for (CriteriaSheet sheet : TestSheets.bundled().sheets()) {
            SheetXlsxReader.Result read = SheetXlsxReader.read(SheetXlsxWriter.write(sheet));
            assertThat(read.errors()).as(sheet.code()).isEmpty();
            assertThat(read.sheet()).as(sheet.code()).isEqualTo(sheet);
        }
        CriteriaSheet small = TestSheets.small();
        assertThat(SheetXlsxReader.read(SheetXlsxWriter.write(small)).sheet()).isEqualTo(small);
    }

    @Test
    void aBrokenTemplateListsEveryProblemWithItsRow() throws IOException {
        byte[] bytes = SheetXlsxWriter.write(TestSheets.bundled("QD26-08"));
        int optionRow;
        int criterionRow;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet ws = book.getSheetAt(0);
            optionRow = find(ws, "OPTION");
            criterionRow = find(ws, "CRITERION");
            ws.getRow(optionRow).getCell(3).setCellValue("ba");
            ws.getRow(criterionRow).getCell(3).setCellValue(99);
            ws.getRow(criterionRow + 1).getCell(0).setCellValue("FOO");
            ws.getRow(find(ws, "effectiveFrom")).getCell(1).setCellValue("22.05.2026");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            bytes = out.toByteArray();
        }
        SheetXlsxReader.Result read = SheetXlsxReader.read(bytes);
        assertThat(read.errors()).anySatisfy(e -> assertThat(e).startsWith("Dòng " + (optionRow + 1) + ", cột D")
                .contains("phải là số nguyên", "'ba'"))
                .anySatisfy(e -> assertThat(e).contains("loại dòng không biết 'FOO'"))
                .anySatisfy(e -> assertThat(e).contains("effectiveFrom phải là ngày"));
        assertThat(SheetValidator.validate(read.sheet(), TestSheets.bundled().knownLeaves()))
                .anySatisfy(e -> assertThat(e).contains("99"));
    }

    @Test
    void aWorkbookThatIsNotTheTemplateIsRefusedInOneMessage() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Trang 1").createRow(0).createCell(0).setCellValue("Bảng điểm");
            book.write(out);
            assertThat(SheetXlsxReader.read(out.toByteArray()).errors()).singleElement()
                    .satisfies(e -> assertThat(e).contains("Không phải mẫu XLSX bộ tiêu chí"));
        }
        assertThat(SheetXlsxReader.read("PK not a zip".getBytes()).errors()).singleElement()
                .satisfies(e -> assertThat(e).contains("Không đọc được tệp XLSX"));
    }

    private static int find(Sheet ws, String kind) {
        for (Row row : ws) {
            if (row.getCell(0) != null && kind.equals(row.getCell(0).getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError(kind);
    }
}
