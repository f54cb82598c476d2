package ocop.criteria.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

/**
 * Đọc ô XLSX (reading the template's cells): text, whole numbers, dates and yes/no, each problem added to the error
 * list with its row and column as a person sees them ("Dòng 12, cột D").
 */
final class XlsxCells {

    private static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final Row row;
    private final List<String> errors;

    XlsxCells(Row row, List<String> errors) {
        this.row = row;
        this.errors = errors;
    }

    String where(int col) {
        return "Dòng " + (row.getRowNum() + 1) + ", cột " + (char) ('A' + col);
    }

    /** The cell's text; null when there is no cell or it is blank; "" for an empty text cell. */
    String text(int col) {
        Cell cell = row.getCell(col);
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BLANK, ERROR, _NONE -> null;
            default -> FORMAT.formatCellValue(cell);
        };
    }

    /** Text that must be there. */
    String required(int col, String what) {
        String value = text(col);
        if (value == null || value.isBlank()) {
            errors.add(where(col) + ": thiếu " + what);
        }
        return value;
    }

    Integer integer(int col, String what, boolean required) {
        String value = text(col);
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(where(col) + ": thiếu " + what);
            }
            return null;
        }
        try {
            double d = Double.parseDouble(value.trim().replace(',', '.'));
            if (d == Math.rint(d) && Math.abs(d) < 1_000_000) {
                return (int) d;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add(where(col) + ": " + what + " phải là số nguyên, đang là '" + value + "'");
        return null;
    }

    LocalDate date(int col, String what) {
        Cell cell = row.getCell(col);
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String value = text(col);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value.trim(), DMY) : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(where(col) + ": " + what + " phải là ngày dạng 2026-05-22, đang là '" + value + "'");
            return null;
        }
    }

    boolean yesNo(int col, String what) {
        Cell cell = row.getCell(col);
        if (cell != null && cell.getCellType() == CellType.BOOLEAN) {
            return cell.getBooleanCellValue();
        }
        String value = text(col);
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "có", "x" -> true;
            case "false", "không", "" -> false;
            default -> {
                errors.add(where(col) + ": " + what + " phải là TRUE hoặc FALSE, đang là '" + value + "'");
                yield false;
            }
        };
    }
}
