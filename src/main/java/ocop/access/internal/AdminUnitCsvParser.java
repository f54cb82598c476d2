package ocop.access.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import ocop.system.VietnameseText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Đọc và kiểm tra tệp danh mục đơn vị hành chính (reads and checks the unit-list CSV): UTF-8 (a BOM is skipped),
 * text NFC-normalised, every row checked — 2-digit province code, "Tỉnh …"/"Thành phố …" province name, 5-digit
 * unit code, type xa/phuong/dac_khu, a name that starts with its type word, no duplicate codes, one name per
 * province — and every error collected with its line number (the header is line 1).
 */
final class AdminUnitCsvParser {

    static final List<String> COLUMNS = List.of("province_code", "province_name", "unit_code", "unit_name", "unit_type");
    private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}");
    private static final Pattern UNIT_CODE = Pattern.compile("\\d{5}");

    private AdminUnitCsvParser() {
    }

    /** One unit (province or commune-level) as the file gives it. */
    record CsvUnit(int row, String code, String level, String provinceCode, String name, String type) {
    }

    record Parsed(List<CsvUnit> provinces, List<CsvUnit> units, List<AdminUnitImportReport.RowError> errors) {
    }

    static Parsed parse(InputStream csv) {
        List<AdminUnitImportReport.RowError> errors = new ArrayList<>();
        Map<String, CsvUnit> provinces = new LinkedHashMap<>();
        Map<String, CsvUnit> units = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader reader = withoutBom(new InputStreamReader(csv, StandardCharsets.UTF_8));
             CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
            if (!header.containsAll(COLUMNS)) {
                errors.add(new AdminUnitImportReport.RowError(1, "Dòng tiêu đề phải có các cột "
                        + String.join(", ", COLUMNS) + "."));
                return new Parsed(List.of(), List.of(), errors);
            }
            Map<String, Integer> index = new HashMap<>();
            for (String column : COLUMNS) {
                index.put(column, header.indexOf(column));
            }
            for (CSVRecord record : parser) {
                int row = (int) parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    errors.add(new AdminUnitImportReport.RowError(row, "Số cột là " + record.size() + ", cần "
                            + header.size() + "."));
                    continue;
                }
                checkRow(row, i -> VietnameseText.nfc(record.get(index.get(i))), provinces, units, errors);
            }
        } catch (IOException | RuntimeException e) {
            errors.add(new AdminUnitImportReport.RowError(0, "Không đọc được tệp CSV (UTF-8): " + e.getMessage()));
        }
        if (errors.isEmpty() && units.isEmpty()) {
            errors.add(new AdminUnitImportReport.RowError(0, "Tệp không có dòng dữ liệu nào."));
        }
        return new Parsed(new ArrayList<>(provinces.values()), new ArrayList<>(units.values()), errors);
    }

    private static void checkRow(int row, Function<String, String> cell, Map<String, CsvUnit> provinces,
                                 Map<String, CsvUnit> units, List<AdminUnitImportReport.RowError> errors) {
        String provinceCode = cell.apply("province_code");
        String provinceName = cell.apply("province_name");
        String code = cell.apply("unit_code");
        String name = cell.apply("unit_name");
        String type = cell.apply("unit_type").toLowerCase(Locale.ROOT);
        if (!PROVINCE_CODE.matcher(provinceCode).matches()) {
            errors.add(new AdminUnitImportReport.RowError(row, "Mã tỉnh '" + provinceCode + "' phải gồm 2 chữ số."));
        }
        if (!provinceName.startsWith("Tỉnh ") && !provinceName.startsWith("Thành phố ")) {
            errors.add(new AdminUnitImportReport.RowError(row,
                    "Tên tỉnh '" + provinceName + "' phải bắt đầu bằng \"Tỉnh\" hoặc \"Thành phố\"."));
        }
        if (!UNIT_CODE.matcher(code).matches()) {
            errors.add(new AdminUnitImportReport.RowError(row, "Mã đơn vị '" + code + "' phải gồm 5 chữ số."));
        }
        if (!UnitTypes.COMMUNE.containsKey(type)) {
            errors.add(new AdminUnitImportReport.RowError(row,
                    "Loại đơn vị '" + type + "' không hợp lệ: chỉ nhận xa, phuong hoặc dac_khu."));
        } else if (!UnitTypes.nameMatches(name, type)) {
            errors.add(new AdminUnitImportReport.RowError(row, "Tên '" + name + "' phải bắt đầu bằng \""
                    + UnitTypes.COMMUNE.get(type) + "\" (loại " + type + ")."));
        }
        if (PROVINCE_CODE.matcher(provinceCode).matches()) {
            CsvUnit province = provinces.get(provinceCode);
            if (province == null) {
                provinces.put(provinceCode, new CsvUnit(row, provinceCode, "PROVINCE", provinceCode, provinceName,
                        UnitTypes.provinceType(provinceName)));
            } else if (!province.name().equals(provinceName)) {
                errors.add(new AdminUnitImportReport.RowError(row, "Tỉnh " + provinceCode + " có hai tên: '"
                        + province.name() + "' (dòng " + province.row() + ") và '" + provinceName + "'."));
            }
        }
        if (UNIT_CODE.matcher(code).matches()) {
            CsvUnit earlier = units.get(code);
            if (earlier == null) {
                units.put(code, new CsvUnit(row, code, "COMMUNE", provinceCode, name, type));
            } else {
                errors.add(new AdminUnitImportReport.RowError(row, "Mã đơn vị " + code + " bị trùng với dòng "
                        + earlier.row() + "."));
            }
        }
    }

    private static Reader withoutBom(Reader reader) throws IOException {
        java.io.PushbackReader pushback = new java.io.PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
