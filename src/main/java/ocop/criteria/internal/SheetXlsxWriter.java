package ocop.criteria.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.KnockOut;
import ocop.criteria.SheetCorrection;
import ocop.criteria.SheetCriterion;
import ocop.criteria.SheetOption;
import ocop.criteria.SheetPart;
import ocop.criteria.SheetSection;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Mẫu XLSX của bộ tiêu chí (the sheet as the XLSX template, docs/criteria-format.md): one worksheet, the sheet's
 * fields as key rows, then one row per part, section, criterion, sub-criterion, note, knock-out and option, in sheet
 * order. Reading it back with {@link SheetXlsxReader} gives the same sheet.
 */
public final class SheetXlsxWriter {

    static final String MARKER = "# OCOP · bộ tiêu chí · ocop-criteria-xlsx 1";
    static final String HELP = "# Mỗi dòng một phần, mục, tiêu chí, tiêu chí con, ghi chú, điều kiện loại hoặc phương án,"
            + " theo thứ tự in trên phiếu. Dòng bắt đầu bằng # được bỏ qua. Xem docs/criteria-format.md.";
    static final List<String> TABLE_HEADER = List.of("# kind", "code", "text", "max / points", "minStar", "variant",
            "wardItem");

    private SheetXlsxWriter() {
    }

    public static byte[] write(CriteriaSheet sheet) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet ws = book.createSheet("Bộ tiêu chí");
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle strong = book.createCellStyle();
            strong.setFont(bold);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            Rows rows = new Rows(ws);
            rows.add(MARKER).getCell(0).setCellStyle(strong);
            rows.add(HELP);
            header(rows, sheet);
            rows.add();
            Row head = rows.add(TABLE_HEADER.toArray());
            head.forEach(c -> c.setCellStyle(strong));
            for (SheetPart part : sheet.parts()) {
                rows.add("PART", part.code(), part.name(), part.max());
                for (SheetSection section : part.sections()) {
                    rows.add("SECTION", section.code(), section.name(), section.max());
                    notes(rows, section.notes(), section.knockOuts());
                    section.criteria().forEach(c -> criterion(rows, c, "CRITERION"));
                }
            }
            ws.setColumnWidth(0, 16 * 256);
            ws.setColumnWidth(1, 14 * 256);
            ws.setColumnWidth(2, 90 * 256);
            ws.setDefaultColumnStyle(2, wrap);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Rows rows, CriteriaSheet s) {
        rows.add("code", s.code());
        rows.add("version", s.version());
        rows.add("decision", s.decision());
        rows.add("name", s.name());
        rows.add("header", s.header());
        rows.add("effectiveFrom", s.effectiveFrom() == null ? null : s.effectiveFrom().toString());
        rows.add("effectiveUntil", s.effectiveUntil() == null ? null : s.effectiveUntil().toString());
        rows.add("status", s.status() == null ? null : s.status().name());
        rows.add("checkedAgainstSignedText", s.checkedAgainstSignedText());
        if (s.source() != null) {
            rows.add("source.document", s.source().document());
            rows.add("source.official", s.source().official());
            rows.add("source.transcribedFrom", s.source().transcribedFrom());
            rows.add("source.trust", s.source().trust());
        }
        rows.add("classificationVersion", s.classificationVersion());
        List<Object> applies = new ArrayList<>(List.of("appliesTo"));
        applies.addAll(s.appliesTo());
        rows.add(applies.toArray());
        rows.add("disqualifiedWhen", s.disqualifiedWhen());
        s.disqualifications().forEach(d -> rows.add("disqualification", d.code(), d.text()));
        s.notes().forEach(n -> rows.add("note", n));
        for (SheetCorrection c : s.corrections()) {
            rows.add("correction", c.target(), c.label(), c.field(), c.from(), c.to(), c.reason());
        }
    }

    private static void criterion(Rows rows, SheetCriterion c, String kind) {
        rows.add(kind, c.code(), c.name(), c.max(), null, null, c.wardItem());
        notes(rows, c.notes(), c.knockOuts());
        for (SheetOption o : c.options()) {
            rows.add("OPTION", o.code(), o.label(), o.points(), o.minStar(), o.variant());
        }
        c.subCriteria().forEach(sub -> criterion(rows, sub, "SUBCRITERION"));
    }

    private static void notes(Rows rows, List<String> notes, List<KnockOut> knockOuts) {
        notes.forEach(n -> rows.add("NOTE", null, n));
        knockOuts.forEach(k -> rows.add("KNOCKOUT", k.code(), k.text()));
    }

    /** Appends rows; null leaves the cell out, "" writes an empty text cell. */
    private static final class Rows {
        private final Sheet ws;
        private int next;

        Rows(Sheet ws) {
            this.ws = ws;
        }

        Row add(Object... values) {
            Row row = ws.createRow(next++);
            List<Object> list = Arrays.asList(values);
            for (int i = 0; i < list.size(); i++) {
                Object v = list.get(i);
                if (v instanceof Number n) {
                    row.createCell(i).setCellValue(n.doubleValue());
                } else if (v instanceof Boolean b) {
                    row.createCell(i).setCellValue(b);
                } else if (v != null) {
                    row.createCell(i).setCellValue(v.toString());
                }
            }
            return row;
        }
    }
}
