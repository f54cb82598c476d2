package ocop.access.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ocop.access.internal.AdminUnitCsvParser.CsvUnit;
import ocop.access.AuditTrail;
import ocop.system.VietnameseText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nhập danh mục đơn vị hành chính từ tệp CSV (administrative-unit list import). The file has the columns
 * {@code province_code, province_name, unit_code, unit_name, unit_type}, one row per commune-level unit, as in
 * QĐ 19/2025/QĐ-TTg. Every row is checked and every error collected; with any error nothing is written. Otherwise,
 * in one transaction, provinces and units are upserted and their names dated from {@code validFrom}: a changed
 * name or type closes the current name row and adds a new one, so earlier names stay readable for earlier days.
 */
@Service
public class AdminUnitCsvImporter {

    private final JdbcClient jdbc;
    private final AdminUnitWriter writer;
    private final AuditTrail audit;

    AdminUnitCsvImporter(JdbcClient jdbc, AdminUnitWriter writer, AuditTrail audit) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.audit = audit;
    }

    /** Checks the file and counts what an import would change, without writing anything. */
    @Transactional(readOnly = true)
    public AdminUnitImportReport preview(InputStream csv, LocalDate validFrom, String source) {
        Plan plan = plan(AdminUnitCsvParser.parse(csv), validFrom);
        return plan.report(validFrom, source, false);
    }

    /** Imports the file all-or-nothing; the report lists the errors when nothing was written. */
    @Transactional
    public AdminUnitImportReport importCsv(InputStream csv, LocalDate validFrom, String source) {
        String src = VietnameseText.nfc(source);
        AdminUnitCsvParser.Parsed parsed = AdminUnitCsvParser.parse(csv);
        if (src == null || src.isEmpty()) {
            parsed.errors().add(new AdminUnitImportReport.RowError(0, "Cần ghi căn cứ (văn bản) của danh mục."));
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('access.admin_unit_import'))").query().singleValue();
        Plan plan = plan(parsed, validFrom);
        if (!plan.errors.isEmpty()) {
            return plan.report(validFrom, src, false);
        }
        writer.addUnits(plan.newUnits);
        writer.closeNames(plan.closing, validFrom);
        writer.replaceNames(plan.corrections);
        writer.addNames(plan.newNames, validFrom, src);
        AdminUnitImportReport report = plan.report(validFrom, src, true);
        audit.record("admin_unit_import", validFrom, null, AuditTrail.AuditAction.IMPORT, null,
                new ImportSummary(src, validFrom, report.provinces(), report.units(), report.added(), report.renamed(),
                        report.unchanged()));
        return report;
    }

    /** What the audit trail keeps of an import. */
    record ImportSummary(String source, LocalDate validFrom, int provinces, int units, int added, int renamed,
                         int unchanged) {
    }

    /** The changes an import would make, computed against the current names. */
    private record Plan(int provinces, int units, List<CsvUnit> newUnits, List<CsvUnit> newNames,
                        List<String> closing, List<CsvUnit> corrections, int renamed, int unchanged,
                        List<AdminUnitImportReport.RowError> errors) {

        AdminUnitImportReport report(LocalDate validFrom, String source, boolean committed) {
            boolean ok = errors.isEmpty();
            return new AdminUnitImportReport(validFrom, source, provinces, units, ok ? newUnits.size() : 0,
                    ok ? renamed : 0, ok ? unchanged : 0, errors, committed && ok);
        }
    }

    private Plan plan(AdminUnitCsvParser.Parsed parsed, LocalDate validFrom) {
        List<AdminUnitImportReport.RowError> errors = new ArrayList<>(parsed.errors());
        if (validFrom == null) {
            errors.add(new AdminUnitImportReport.RowError(0, "Cần ngày hiệu lực của danh mục."));
        }
        if (!errors.isEmpty()) {
            return new Plan(parsed.provinces().size(), parsed.units().size(), List.of(), List.of(), List.of(), List.of(), 0,
                    0, errors);
        }
        Map<String, AdminUnitWriter.CurrentName> current = writer.currentNames();
        List<CsvUnit> all = new ArrayList<>(parsed.provinces());
        all.addAll(parsed.units());
        List<CsvUnit> newUnits = new ArrayList<>();
        List<CsvUnit> newNames = new ArrayList<>();
        List<String> closing = new ArrayList<>();
        List<CsvUnit> corrections = new ArrayList<>();
        int renamed = 0;
        int unchanged = 0;
        for (CsvUnit unit : all) {
            AdminUnitWriter.CurrentName now = current.get(unit.code());
            if (now == null) {
                newUnits.add(unit);
                newNames.add(unit);
            } else if (!now.provinceCode().equals(unit.provinceCode())) {
                errors.add(new AdminUnitImportReport.RowError(unit.row(), "Mã " + unit.code() + " đang thuộc tỉnh "
                        + now.provinceCode() + ", tệp ghi tỉnh " + unit.provinceCode() + "."));
            } else if (now.type().equals(unit.type())
                    && UnitTypes.spellingKey(now.name()).equals(UnitTypes.spellingKey(unit.name()))) {
                unchanged++;
            } else if (now.validFrom().isAfter(validFrom)) {
                errors.add(new AdminUnitImportReport.RowError(unit.row(), "Tên hiện hành của " + unit.code()
                        + " có hiệu lực từ " + now.validFrom() + ", sau ngày hiệu lực của tệp."));
            } else {
                renamed++;
                if (now.validFrom().equals(validFrom)) {
                    corrections.add(unit);
                } else {
                    closing.add(unit.code());
                    newNames.add(unit);
                }
            }
        }
        return new Plan(parsed.provinces().size(), parsed.units().size(), newUnits, newNames, closing, corrections, renamed,
                unchanged, errors);
    }
}
