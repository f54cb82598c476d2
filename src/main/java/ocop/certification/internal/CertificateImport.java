package ocop.certification.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import ocop.access.AccessApi;
import ocop.access.CurrentUser;
import ocop.access.Role;
import ocop.certification.domain.CertificateFacts.Regime;
import ocop.certification.domain.ValidityPolicy;
import ocop.registry.ProductFilter;
import ocop.registry.ProductSummary;
import ocop.registry.ProductView;
import ocop.registry.RecognitionLevel;
import ocop.registry.RegistryApi;
import ocop.system.FieldError;
import ocop.system.ForbiddenException;
import ocop.system.InvalidInputException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nhập danh sách giấy chứng nhận đã cấp từ tệp .xlsx (import of existing certificates): a header row, then one row
 * per certificate in the columns of {@link #HEADER}. Every row is checked and every error reported (row number as
 * in Excel, column, Vietnamese message); when there is any error nothing is written, otherwise all rows are recorded
 * in one transaction (source IMPORT) in the caller's unit. Ward officers and administrators only.
 */
@Service
public class CertificateImport {

    public static final List<String> HEADER = List.of("Mã sản phẩm hoặc ID sản phẩm", "Số giấy chứng nhận",
            "Hạng sao", "Điểm", "Số quyết định", "Ngày quyết định", "Ngày cấp", "Chế độ");
    static final int MAX_ROWS = 2000;
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The certificates created: how many and their ids. */
    public record Result(int count, List<Long> ids) {
    }

    private record Parsed(int rowNo, ProductView product, String number, int stars, BigDecimal score,
                          String decisionNo, LocalDate decisionDate, LocalDate issuedOn, Regime regime) {
    }

    private final AccessApi access;
    private final RegistryApi registry;
    private final CertificateRepository repository;
    private final ValidityPolicy validity;
    private final Clock clock;

    CertificateImport(AccessApi access, RegistryApi registry, CertificateRepository repository,
                      ValidityPolicy validity, Clock clock) {
        this.access = access;
        this.registry = registry;
        this.repository = repository;
        this.validity = validity;
        this.clock = clock;
    }

    public static boolean mayImport(CurrentUser user) {
        return user.is(Role.WARD_OFFICER, Role.ADMIN);
    }

    /** An empty workbook with the header row. */
    public static byte[] template() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Giấy chứng nhận");
            Row header = sheet.createRow(0);
            var bold = wb.createFont();
            bold.setBold(true);
            var style = wb.createCellStyle();
            style.setFont(bold);
            for (int i = 0; i < HEADER.size(); i++) {
                Cell c = header.createCell(i);
                c.setCellValue(HEADER.get(i));
                c.setCellStyle(style);
                sheet.setColumnWidth(i, 22 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public Result importXlsx(InputStream in) {
        CurrentUser me = access.currentUser();
        if (!mayImport(me)) {
            throw new ForbiddenException("Chỉ cán bộ phường hoặc quản trị được nhập danh sách giấy chứng nhận.");
        }
        List<FieldError> errors = new ArrayList<>();
        List<Parsed> rows = new ArrayList<>();
        try (Workbook wb = open(in)) {
            Sheet sheet = wb.getNumberOfSheets() == 0 ? null : wb.getSheetAt(0);
            if (sheet == null) {
                throw new InvalidInputException("file", "Tệp không có trang tính nào.");
            }
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            Set<String> numbers = new HashSet<>();
            int dataRows = 0;
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || blank(row, fmt)) {
                    continue;
                }
                if (++dataRows > MAX_ROWS) {
                    throw new InvalidInputException("file", "Tệp có quá " + MAX_ROWS + " dòng.");
                }
                Parsed p = parse(r + 1, row, fmt, errors, me);
                if (p != null) {
                    if (!numbers.add(p.number().toLowerCase(Locale.ROOT))) {
                        errors.add(error(p.rowNo(), 1, "trùng với một dòng khác trong tệp"));
                    } else {
                        rows.add(p);
                    }
                }
            }
            if (dataRows == 0) {
                throw new InvalidInputException("file", "Tệp không có dòng giấy chứng nhận nào (sau dòng tiêu đề).");
            }
        } catch (IOException e) {
            throw new InvalidInputException("file", "Tệp không đọc được như một bảng tính Excel (.xlsx).");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Long> ids = new ArrayList<>();
        for (Parsed p : rows) {
            ProductView product = p.product();
            String unit = me.unitCode() != null ? me.unitCode() : product.unitCode();
            var u = access.unit(unit);
            String province = u.map(x -> x.provinceCode()).orElse(me.provinceCode());
            String level = (p.stars() == 5 ? RecognitionLevel.MINISTRY : RecognitionLevel.PROVINCE).name();
            Optional<Long> id = repository.insertRecorded(new RecordedCertificate(p.number(), product.id(),
                    product.producerId(), unit, province, p.stars(), p.score(), level, p.decisionNo(),
                    p.decisionDate(), p.issuedOn(), p.regime(), "IMPORT", me.username(), product.name(),
                    product.producerName(), u.map(x -> x.name()).orElse(null)), validity);
            if (id.isEmpty()) {
                errors.add(error(p.rowNo(), 1, "đã có giấy chứng nhận số này trong đơn vị"));
            } else {
                ids.add(id.get());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors); // rolls back the rows already inserted
        }
        return new Result(ids.size(), List.copyOf(ids));
    }

    private static Workbook open(InputStream in) {
        try {
            return new XSSFWorkbook(in);
        } catch (Exception e) {
            throw new InvalidInputException("file", "Tệp không đọc được như một bảng tính Excel (.xlsx).");
        }
    }

    private Parsed parse(int rowNo, Row row, DataFormatter fmt, List<FieldError> errors, CurrentUser me) {
        int before = errors.size();
        ProductView product = product(rowNo, row.getCell(0), fmt, errors);
        String number = required(rowNo, 1, text(row.getCell(1), fmt), errors);
        if (number != null && number.length() > 100) {
            errors.add(error(rowNo, 1, "dài quá 100 ký tự"));
        }
        Integer stars = null;
        String starsText = text(row.getCell(2), fmt);
        if (starsText.isEmpty()) {
            errors.add(error(rowNo, 2, "bắt buộc"));
        } else {
            try {
                BigDecimal s = new BigDecimal(starsText.replace(',', '.'));
                if (s.stripTrailingZeros().scale() > 0 || s.intValue() < 3 || s.intValue() > 5) {
                    errors.add(error(rowNo, 2, "phải từ 3 đến 5"));
                } else {
                    stars = s.intValue();
                }
            } catch (NumberFormatException e) {
                errors.add(error(rowNo, 2, "phải từ 3 đến 5"));
            }
        }
        BigDecimal score = null;
        String scoreText = text(row.getCell(3), fmt);
        if (!scoreText.isEmpty()) {
            try {
                score = new BigDecimal(scoreText.replace(',', '.')).setScale(2, RoundingMode.HALF_UP);
                if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
                    errors.add(error(rowNo, 3, "phải từ 0 đến 100"));
                }
            } catch (NumberFormatException e) {
                errors.add(error(rowNo, 3, "phải là số từ 0 đến 100"));
            }
        }
        String decisionNo = required(rowNo, 4, text(row.getCell(4), fmt), errors);
        LocalDate today = LocalDate.now(clock);
        LocalDate decisionDate = date(rowNo, 5, row.getCell(5), fmt, errors, today);
        LocalDate issuedOn = date(rowNo, 6, row.getCell(6), fmt, errors, today);
        Regime regime = null;
        String regimeText = text(row.getCell(7), fmt);
        if (regimeText.isEmpty()) {
            errors.add(error(rowNo, 7, "bắt buộc (QĐ 26/2026 hoặc QĐ 148/1489)"));
        } else {
            regime = regime(regimeText);
            if (regime == null) {
                errors.add(error(rowNo, 7, "phải là QĐ 26/2026 hoặc QĐ 148/1489"));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new Parsed(rowNo, product, number, stars, score, decisionNo, decisionDate, issuedOn, regime);
    }

    static Regime regime(String text) {
        String t = text.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        if (t.equals("DECREE_26") || t.matches("(QĐ)?26(/2026)?(/QĐ-TTG)?")) {
            return Regime.DECREE_26;
        }
        if (t.equals("LEGACY_148_1489") || t.matches("(QĐ)?(148/1489|148|1489)(/QĐ-TTG)?")) {
            return Regime.LEGACY_148_1489;
        }
        return null;
    }

    private ProductView product(int rowNo, Cell cell, DataFormatter fmt, List<FieldError> errors) {
        String v = text(cell, fmt);
        if (v.isEmpty()) {
            errors.add(error(rowNo, 0, "bắt buộc"));
            return null;
        }
        Optional<ProductView> found = Optional.empty();
        if (v.matches("\\d{1,18}")) {
            found = registry.product(Long.parseLong(v));
        }
        if (found.isEmpty()) {
            for (ProductSummary s : registry.products(new ProductFilter(v, null, null, null, null, null), 0, 50)
                    .items()) {
                if (v.equalsIgnoreCase(s.programmeCode())) {
                    found = registry.product(s.id());
                    break;
                }
            }
        }
        if (found.isEmpty()) {
            errors.add(error(rowNo, 0, "không tìm thấy sản phẩm \"" + v + "\" trong phạm vi của bạn"));
            return null;
        }
        return found.get();
    }

    private static LocalDate date(int rowNo, int col, Cell cell, DataFormatter fmt, List<FieldError> errors,
                                  LocalDate today) {
        LocalDate d = null;
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            d = DateUtil.getJavaDate(cell.getNumericCellValue()).toInstant().atZone(ZoneId.systemDefault())
                    .toLocalDate();
        } else if (cell != null && cell.getCellType() == CellType.FORMULA
                && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
            d = DateUtil.getJavaDate(cell.getNumericCellValue()).toInstant().atZone(ZoneId.systemDefault())
                    .toLocalDate();
        } else {
            String v = text(cell, fmt);
            if (v.isEmpty()) {
                errors.add(error(rowNo, col, "bắt buộc"));
                return null;
            }
            try {
                d = LocalDate.parse(v, DMY);
            } catch (DateTimeParseException e) {
                errors.add(error(rowNo, col, "không phải ngày hợp lệ (dd/MM/yyyy)"));
                return null;
            }
        }
        if (d.isAfter(today)) {
            errors.add(error(rowNo, col, "không được sau hôm nay"));
            return null;
        }
        if (d.getYear() < 2000) {
            errors.add(error(rowNo, col, "không phải ngày hợp lệ (dd/MM/yyyy)"));
            return null;
        }
        return d;
    }

    private static String required(int rowNo, int col, String v, List<FieldError> errors) {
        if (v.isEmpty()) {
            errors.add(error(rowNo, col, "bắt buộc"));
            return null;
        }
        return v;
    }

    private static boolean blank(Row row, DataFormatter fmt) {
        for (int i = 0; i < HEADER.size(); i++) {
            if (!text(row.getCell(i), fmt).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String text(Cell cell, DataFormatter fmt) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            double d = cell.getNumericCellValue();
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return fmt.formatCellValue(cell).strip();
    }

    static FieldError error(int rowNo, int col, String message) {
        return new FieldError("row" + rowNo + "." + HEADER.get(col),
                "Dòng " + rowNo + ", cột " + HEADER.get(col) + ": " + message);
    }
}
