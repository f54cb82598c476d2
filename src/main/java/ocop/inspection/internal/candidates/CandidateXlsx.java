package ocop.inspection.internal.candidates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ocop.inspection.CandidateKind;
import ocop.inspection.Candidate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Xuất danh sách rà soát ra Excel (a candidate list as XLSX): a title row naming the list, the unit and the day
 * (dd/MM/yyyy), then the Vietnamese column headers ({@link CandidateColumns}) with an order number, then one row per
 * candidate; days are real date cells shown dd/mm/yyyy.
 */
public final class CandidateXlsx {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CandidateXlsx() {
    }

    /** The title row's text, e.g. "Sản phẩm sẵn sàng đánh giá — Phường Long Khánh — ngày 29/11/2026". */
    public static String title(CandidateKind kind, String unitName, LocalDate today) {
        String what = switch (kind) {
            case READY -> "Danh sách sản phẩm sẵn sàng đánh giá, phân hạng";
            case UPGRADE -> "Danh sách sản phẩm có thể nâng hạng";
            case AT_RISK -> "Danh sách sản phẩm cần chú ý khi kiểm tra, giám sát";
        };
        return what + " — " + unitName + " — ngày " + DAY.format(today);
    }

    /** The file name, e.g. {@code danh-sach-ready-29-11-2026.xlsx}. */
    public static String fileName(CandidateKind kind, LocalDate today) {
        return "danh-sach-" + kind.slug() + "-" + today.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")) + ".xlsx";
    }

    public static byte[] write(CandidateKind kind, List<? extends Candidate> rows, String title) {
        List<CandidateColumns.Column> columns = CandidateColumns.of(kind);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(kind.label());
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle strong = book.createCellStyle();
            strong.setFont(bold);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            Cell titleCell = sheet.createRow(0).createCell(0);
            titleCell.setCellValue(title);
            titleCell.setCellStyle(strong);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size()));
            Row header = sheet.createRow(1);
            header.createCell(0).setCellValue("STT");
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c + 1).setCellValue(columns.get(c).header());
            }
            header.forEach(cell -> cell.setCellStyle(strong));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                row.createCell(0).setCellValue(r + 1);
                for (int c = 0; c < columns.size(); c++) {
                    put(row.createCell(c + 1), columns.get(c).value().apply(rows.get(r)), date);
                }
            }
            sheet.setColumnWidth(0, 6 * 256);
            for (int c = 1; c <= columns.size(); c++) {
                sheet.setColumnWidth(c, 22 * 256);
            }
            sheet.createFreezePane(0, 2);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Cell cell, Object value, CellStyle date) {
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }
}
