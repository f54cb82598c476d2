package ocop.access.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Nạp danh mục đơn vị hành chính lần đầu (first load of the national unit list): when {@code access.admin_unit}
 * is empty, imports the bundled {@value #LOCATION} (QĐ 19/2025/QĐ-TTg, in force 01/7/2025). Later lists are
 * uploaded by an administrator at {@code /admin/units}. Runs before demo data and other start-up tasks.
 */
@Component
@Order(10)
class AdminUnitBootstrap implements ApplicationRunner {

    static final String LOCATION = "reference/admin-units/vn-admin-units-2025.csv";
    static final LocalDate VALID_FROM = LocalDate.of(2025, 7, 1);
    static final String SOURCE = "QĐ 19/2025/QĐ-TTg";

    private static final Logger log = LoggerFactory.getLogger(AdminUnitBootstrap.class);

    private final JdbcClient jdbc;
    private final AdminUnitCsvImporter importer;

    AdminUnitBootstrap(JdbcClient jdbc, AdminUnitCsvImporter importer) {
        this.jdbc = jdbc;
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        boolean empty = jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM access.admin_unit)").query(Boolean.class).single();
        if (!empty) {
            return;
        }
        long start = System.nanoTime();
        AdminUnitImportReport report;
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            report = importer.importCsv(in, VALID_FROM, SOURCE);
        }
        if (!report.ok()) {
            throw new IllegalStateException("Danh mục đơn vị hành chính kèm theo không hợp lệ: " + report.errors());
        }
        log.info("Đã nạp danh mục đơn vị hành chính ({}): {} tỉnh, {} đơn vị cấp xã trong {} ms", SOURCE,
                report.provinces(), report.units(), (System.nanoTime() - start) / 1_000_000);
    }
}
