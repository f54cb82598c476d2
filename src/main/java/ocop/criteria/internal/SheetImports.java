package ocop.criteria.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import ocop.access.AuditTrail;
import ocop.access.AuditTrail.AuditAction;
import ocop.criteria.CriteriaException;
import ocop.criteria.CriteriaSheet;
import ocop.criteria.domain.SheetDiff;
import ocop.criteria.domain.SheetValidator;
import ocop.system.ConflictException;
import ocop.system.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nhập và thay thế bộ tiêu chí (administrators' imports): a JSON file in the format or the XLSX template is read,
 * validated (every error at once) and compared with the stored version of its code; committing stores it, all or
 * nothing, as the next version of that code and records it in the audit trail. Only administrators reach it (the
 * controllers are under /admin and the API checks the role).
 */
@Service
public class SheetImports {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,19}");

    private final SheetLibrary library;
    private final SheetCatalog catalog;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    SheetImports(SheetLibrary library, SheetCatalog catalog, AuditTrail audit, TransactionTemplate tx) {
        this.library = library;
        this.catalog = catalog;
        this.audit = audit;
        this.tx = tx;
    }

    /** Reads and checks the file; nothing is stored. */
    public ImportPreview preview(String fileName, byte[] bytes) {
        boolean xlsx = bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K';
        String format = xlsx ? "XLSX" : "JSON";
        List<String> errors = new ArrayList<>();
        CriteriaSheet sheet;
        if (bytes.length == 0) {
            return new ImportPreview(fileName, format, null, null, 1, null, List.of("Tệp trống."));
        }
        if (xlsx) {
            SheetXlsxReader.Result read = SheetXlsxReader.read(bytes);
            sheet = read.sheet();
            errors.addAll(read.errors());
        } else {
            try {
                sheet = SheetJson.read(new String(bytes, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""),
                        fileName == null ? "import" : fileName);
            } catch (CriteriaException e) {
                return new ImportPreview(fileName, format, null, null, 1, null, e.errors());
            }
        }
        if (sheet == null) {
            return new ImportPreview(fileName, format, null, null, 1, null, errors);
        }
        if (sheet.code() != null && !CODE.matcher(sheet.code()).matches()) {
            errors.add("Mã bộ tiêu chí '" + sheet.code() + "' chỉ gồm chữ không dấu, số, dấu chấm, gạch nối, tối đa 20 ký tự");
        }
        errors.addAll(SheetValidator.validate(sheet, catalog.knownLeaves()));
        Integer current = sheet.code() == null ? null : library.latestStoredVersion(sheet.code());
        int next = current == null ? 1 : current + 1;
        CriteriaSheet stored = sheet.withVersion(next);
        SheetDiff diff = null;
        if (errors.isEmpty()) {
            diff = current == null ? SheetDiff.of(stored)
                    : SheetDiff.between(stored(sheet.code(), current), stored);
        }
        return new ImportPreview(fileName, format, stored, current, next, diff, List.copyOf(errors));
    }

    /**
     * Stores the file's sheet as the next version of its code.
     *
     * @param basedOnVersion the version the preview was compared with (null for a new sheet); another import in
     *                       between is a conflict
     * @throws CriteriaException {@code INVALID_SHEET} with every error; {@link InvalidInputException} when nothing
     *                           changes; {@link ConflictException} when another version was stored meanwhile
     */
    public ImportPreview commit(String fileName, byte[] bytes, Integer basedOnVersion, boolean checkBase, String by) {
        ImportPreview preview = preview(fileName, bytes);
        if (!preview.valid()) {
            String code = preview.sheet() == null || preview.sheet().code() == null ? "" : " " + preview.sheet().code();
            throw new CriteriaException("INVALID_SHEET", "file", "Bộ tiêu chí" + code + " không hợp lệ ("
                    + preview.errors().size() + " lỗi): " + String.join("; ", preview.errors()), preview.errors());
        }
        if (!preview.committable()) {
            throw new InvalidInputException("file", "Bộ tiêu chí " + preview.sheet().code()
                    + " không khác phiên bản " + preview.currentVersion() + " đang lưu: không có gì để nhập.");
        }
        if (checkBase && !Objects.equals(basedOnVersion, preview.currentVersion())) {
            throw new ConflictException("file", "Bộ tiêu chí " + preview.sheet().code() + " vừa có phiên bản "
                    + preview.currentVersion() + " do người khác nhập. Hãy xem trước lại trước khi nhập.");
        }
        CriteriaSheet sheet = preview.sheet();
        try {
            tx.executeWithoutResult(status -> {
                library.store(sheet, by);
                audit.record("criteria-sheet", sheet.code() + "@" + sheet.version(), null, AuditAction.IMPORT,
                        preview.currentVersion() == null ? null : Map.of("code", sheet.code(), "version",
                                preview.currentVersion()), summary(preview));
            });
        } catch (DuplicateKeyException e) {
            throw new ConflictException("file", "Bộ tiêu chí " + sheet.code() + " phiên bản " + sheet.version()
                    + " vừa được người khác nhập. Hãy xem trước lại.");
        } finally {
            library.reload();
        }
        return preview;
    }

    private CriteriaSheet stored(String code, int version) {
        return catalog.find(code, version).or(() -> {
            library.reload();
            return catalog.find(code, version);
        }).orElseThrow().sheet();
    }

    private static Map<String, Object> summary(ImportPreview p) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("code", p.sheet().code());
        after.put("version", p.nextVersion());
        after.put("name", p.sheet().name());
        after.put("status", p.sheet().status().name());
        after.put("format", p.format());
        after.put("fileName", p.fileName());
        after.put("sheetChanges", p.diff().sheetChanges());
        after.put("criteriaAdded", p.diff().added());
        after.put("criteriaRemoved", p.diff().removed());
        after.put("criteriaChanged", p.diff().changed());
        return after;
    }
}
