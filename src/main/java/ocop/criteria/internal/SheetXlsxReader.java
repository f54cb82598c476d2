package ocop.criteria.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.KnockOut;
import ocop.criteria.SheetCriterion;
import ocop.criteria.SheetOption;
import ocop.criteria.SheetPart;
import ocop.criteria.SheetSection;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Đọc mẫu XLSX (reads the template written by {@link SheetXlsxWriter}): the first worksheet, row by row. Every
 * problem of every row is listed ("Dòng 12, cột D: …"); the sheet is built from what could be read, for the
 * validator to check as well.
 */
public final class SheetXlsxReader {

    /** What was read: the sheet (null when the file is not the template at all) and every problem found. */
    public record Result(CriteriaSheet sheet, List<String> errors) {
    }

    private static final class Crit {
        String code, name;
        Integer max, wardItem;
        final List<String> notes = new ArrayList<>();
        final List<KnockOut> knockOuts = new ArrayList<>();
        final List<SheetOption> options = new ArrayList<>();
        final List<Crit> subs = new ArrayList<>();

        SheetCriterion build() {
            return new SheetCriterion(code, name, max == null ? 0 : max, wardItem != null, wardItem, notes, knockOuts,
                    options, subs.stream().map(Crit::build).toList());
        }
    }

    private static final class Sec {
        String code, name;
        int max;
        final List<String> notes = new ArrayList<>();
        final List<KnockOut> knockOuts = new ArrayList<>();
        final List<Crit> criteria = new ArrayList<>();
    }

    private final List<String> errors = new ArrayList<>();
    private final XlsxHeader header = new XlsxHeader(errors);
    private final List<SheetPart> parts = new ArrayList<>();
    private String partCode, partName;
    private int partMax;
    private List<Sec> sections;
    private Sec section;
    private Crit criterion;
    private Crit owner;
    private List<String> ownerNotes;
    private List<KnockOut> ownerKnockOuts;

    private SheetXlsxReader() {
    }

    public static Result read(byte[] bytes) {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return new SheetXlsxReader().read(book.getSheetAt(0));
        } catch (IOException | RuntimeException e) {
            return new Result(null, List.of("Không đọc được tệp XLSX: " + e.getMessage()));
        }
    }

    private Result read(Sheet ws) {
        Row first = ws.getRow(0);
        if (first == null || !SheetXlsxWriter.MARKER.equals(new XlsxCells(first, errors).text(0))) {
            return new Result(null, List.of("Không phải mẫu XLSX bộ tiêu chí của ứng dụng: ô A1 phải là '"
                    + SheetXlsxWriter.MARKER + "' (tải mẫu bằng nút Xuất XLSX)"));
        }
        for (Row row : ws) {
            XlsxCells cells = new XlsxCells(row, errors);
            String kind = cells.text(0);
            if (kind == null || kind.isBlank() || kind.startsWith("#")) {
                continue;
            }
            switch (kind.trim()) {
                case "PART" -> part(cells);
                case "SECTION" -> section(cells);
                case "CRITERION", "SUBCRITERION" -> criterion(cells, kind.trim().equals("SUBCRITERION"));
                case "OPTION" -> option(cells);
                case "NOTE" -> note(cells);
                case "KNOCKOUT" -> knockOut(cells);
                default -> header.read(kind.trim(), cells);
            }
        }
        closePart();
        return new Result(header.build(parts), List.copyOf(errors));
    }

    private void part(XlsxCells cells) {
        closePart();
        partCode = cells.required(1, "mã phần");
        partName = cells.required(2, "tên phần");
        Integer max = cells.integer(3, "điểm tối đa", true);
        partMax = max == null ? 0 : max;
        sections = new ArrayList<>();
        section = null;
        criterion = null;
        owner = null;
    }

    private void section(XlsxCells cells) {
        if (sections == null) {
            errors.add(cells.where(0) + ": mục phải nằm sau một dòng PART");
            return;
        }
        section = new Sec();
        section.code = cells.required(1, "mã mục");
        section.name = cells.required(2, "tên mục");
        Integer max = cells.integer(3, "điểm tối đa", true);
        section.max = max == null ? 0 : max;
        sections.add(section);
        criterion = null;
        owner = null;
        ownerNotes = section.notes;
        ownerKnockOuts = section.knockOuts;
    }

    private void criterion(XlsxCells cells, boolean sub) {
        if (sub ? criterion == null : section == null) {
            errors.add(cells.where(0) + (sub ? ": tiêu chí con phải nằm sau một dòng CRITERION"
                    : ": tiêu chí phải nằm sau một dòng SECTION"));
            return;
        }
        Crit c = new Crit();
        c.code = cells.required(1, "mã tiêu chí");
        c.name = cells.required(2, "tên tiêu chí");
        c.max = cells.integer(3, "điểm tối đa", true);
        c.wardItem = cells.integer(6, "wardItem", false);
        if (sub) {
            criterion.subs.add(c);
        } else {
            section.criteria.add(c);
            criterion = c;
        }
        owner = c;
        ownerNotes = c.notes;
        ownerKnockOuts = c.knockOuts;
    }

    private void option(XlsxCells cells) {
        if (owner == null) {
            errors.add(cells.where(0) + ": phương án phải nằm sau một dòng CRITERION hoặc SUBCRITERION");
            return;
        }
        String code = cells.required(1, "mã phương án");
        String label = cells.required(2, "nội dung phương án");
        Integer points = cells.integer(3, "điểm", true);
        Integer minStar = cells.integer(4, "minStar", false);
        owner.options.add(new SheetOption(code, label, points == null ? 0 : points, minStar, cells.text(5)));
    }

    private void note(XlsxCells cells) {
        if (ownerNotes == null) {
            errors.add(cells.where(0) + ": ghi chú phải nằm sau một dòng SECTION, CRITERION hoặc SUBCRITERION");
            return;
        }
        ownerNotes.add(cells.required(2, "nội dung ghi chú"));
    }

    private void knockOut(XlsxCells cells) {
        if (ownerKnockOuts == null) {
            errors.add(cells.where(0) + ": điều kiện loại phải nằm sau một dòng SECTION, CRITERION hoặc SUBCRITERION");
            return;
        }
        ownerKnockOuts.add(new KnockOut(cells.required(1, "mã điều kiện loại"), cells.required(2, "nội dung")));
    }

    private void closePart() {
        if (sections == null) {
            return;
        }
        List<SheetSection> built = sections.stream().map(s -> new SheetSection(s.code, s.name, s.max,
                s.notes, s.knockOuts, s.criteria.stream().map(Crit::build).toList()))
                .toList();
        parts.add(new SheetPart(partCode, partName, partMax, built));
        sections = null;
        ownerNotes = null;
        ownerKnockOuts = null;
    }
}
