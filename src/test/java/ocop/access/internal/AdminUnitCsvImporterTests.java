package ocop.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import ocop.OcopIntegrationTest;
import ocop.access.AdministrativeUnit;
import ocop.access.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The national list loads at start-up; uploads are checked row by row, all-or-nothing, and names are dated. */
@OcopIntegrationTest
class AdminUnitCsvImporterTests {

    static final String HEADER = "province_code,province_name,unit_code,unit_name,unit_type\n";

    @Autowired AdminUnitCsvImporter importer;
    @Autowired AdminUnitSearch units;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;

    @Test
    void bundledListIsLoadedAtStartUp() throws IOException {
        long provinces = count("PROVINCE");
        long communes = count("COMMUNE");
        assertThat(provinces).isEqualTo(34);
        assertThat(communes).isEqualTo(3321);

        AdministrativeUnit longKhanh = units.find("26080", LocalDate.of(2025, 7, 1)).orElseThrow();
        assertThat(longKhanh.name()).isEqualTo("Phường Long Khánh");
        assertThat(longKhanh.type()).isEqualTo("phuong");
        assertThat(longKhanh.level()).isEqualTo(AdministrativeUnit.Level.COMMUNE);
        assertThat(longKhanh.provinceCode()).isEqualTo("75");
        assertThat(longKhanh.provinceName()).isEqualTo("Tỉnh Đồng Nai");
        assertThat(units.find("01", LocalDate.of(2025, 7, 1)).orElseThrow().type()).isEqualTo("thanh_pho");
        assertThat(units.find("75", LocalDate.of(2025, 7, 1)).orElseThrow().type()).isEqualTo("tinh");
        assertThat(units.search("long khanh", "75", AdministrativeUnit.Level.COMMUNE, LocalDate.of(2025, 6, 30), 0, 10)
                .total()).as("not in force before 01/7/2025").isZero();
    }

    @Test
    void reimportingTheBundledListChangesNothing() throws IOException {
        try (InputStream in = new ClassPathResource(AdminUnitBootstrap.LOCATION).getInputStream()) {
            long start = System.nanoTime();
            AdminUnitImportReport report = importer.preview(in, AdminUnitBootstrap.VALID_FROM, AdminUnitBootstrap.SOURCE);
            assertThat(report.errors()).isEmpty();
            assertThat(report.provinces()).isEqualTo(34);
            assertThat(report.units()).isEqualTo(3321);
            assertThat(report.added()).isZero();
            assertThat(report.renamed()).isZero();
            assertThat(report.unchanged()).isEqualTo(34 + 3321);
            assertThat(report.committed()).isFalse();
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
        }
    }

    @Test
    void allRowErrorsAreReportedAndNothingIsWritten() {
        String csv = HEADER
                + "97,Tỉnh Thử Lỗi,97001,Xã Một,xa\n"
                + "97,Tỉnh Thử Lỗi,9702,Xã Hai,xa\n"
                + "97,Tỉnh Thử Lỗi,97003,Xã Ba,xa\n"
                + "97,Tỉnh Thử Lỗi,97004,Phường Bốn,thon\n";
        AdminUnitImportReport report = importer.importCsv(stream(csv), LocalDate.of(2025, 7, 1), "Thử nghiệm");

        assertThat(report.ok()).isFalse();
        assertThat(report.committed()).isFalse();
        assertThat(report.errors()).extracting(AdminUnitImportReport.RowError::row).containsExactly(3, 5);
        assertThat(report.errors().get(0).message()).contains("9702").contains("5 chữ số");
        assertThat(report.errors().get(1).message()).contains("thon");
        assertThat(jdbc.sql("SELECT count(*) FROM access.admin_unit WHERE province_code = '97'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void otherRuleBreaksAreReported() {
        String csv = HEADER
                + "9,Tỉnh Thử,96901,Xã Một,xa\n"
                + "96,Tỉnh Cà Mau,96902,Phường Hai,xa\n"
                + "96,Tỉnh Khác,96903,Xã Ba,xa\n"
                + "96,Tỉnh Cà Mau,96904,Xã Bốn,xa\n"
                + "96,Tỉnh Cà Mau,96904,Xã Bốn,xa\n";
        AdminUnitImportReport report = importer.preview(stream(csv), LocalDate.of(2025, 7, 1), "Thử nghiệm");

        assertThat(report.errors()).extracting(AdminUnitImportReport.RowError::row).containsExactly(2, 3, 4, 6);
        assertThat(report.errors().get(1).message()).contains("Xã");
        assertThat(report.errors().get(2).message()).contains("hai tên");
        assertThat(report.errors().get(3).message()).contains("trùng");
    }

    @Test
    void renamedUnitKeepsItsOldNameForEarlierDays() {
        String first = HEADER
                + "98,Tỉnh Thử Nghiệm,98001,Xã An Bình,xa\n"
                + "98,Tỉnh Thử Nghiệm,98002,Xã Tân Hòa,xa\n";
        AdminUnitImportReport created = importer.importCsv(stream(first), LocalDate.of(2025, 7, 1), "Thử nghiệm 1");
        assertThat(created.errors()).isEmpty();
        assertThat(created.committed()).isTrue();
        assertThat(created.added()).isEqualTo(3);

        String second = HEADER
                + "98,Thành phố Thử Nghiệm,98001,Phường An Bình,phuong\n"
                + "98,Thành phố Thử Nghiệm,98002,Xã Tân Hoà,xa\n";
        LocalDate change = LocalDate.of(2026, 4, 30);
        AdminUnitImportReport renamed = importer.importCsv(stream(second), change, "Thử nghiệm 2");
        assertThat(renamed.errors()).isEmpty();
        assertThat(renamed.added()).isZero();
        assertThat(renamed.renamed()).isEqualTo(2);
        assertThat(renamed.unchanged()).as("tone-mark placement only: Hòa = Hoà").isEqualTo(1);

        AdministrativeUnit before = units.find("98001", change.minusDays(1)).orElseThrow();
        AdministrativeUnit after = units.find("98001", change).orElseThrow();
        assertThat(before.name()).isEqualTo("Xã An Bình");
        assertThat(before.type()).isEqualTo("xa");
        assertThat(before.provinceName()).isEqualTo("Tỉnh Thử Nghiệm");
        assertThat(after.name()).isEqualTo("Phường An Bình");
        assertThat(after.type()).isEqualTo("phuong");
        assertThat(after.provinceName()).isEqualTo("Thành phố Thử Nghiệm");
        assertThat(units.find("98", change).orElseThrow().type()).isEqualTo("thanh_pho");
        assertThat(jdbc.sql("SELECT valid_until FROM access.admin_unit_name WHERE unit_code = '98001' AND valid_from = :d")
                .param("d", LocalDate.of(2025, 7, 1)).query(LocalDate.class).single()).isEqualTo(change);
        assertThat(audit.history("admin_unit_import", change))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("IMPORT"));

        AdminUnitImportReport earlier = importer.preview(stream(first.replace("Xã An Bình", "Xã An Bình Mới")),
                LocalDate.of(2026, 1, 1), "Thử nghiệm 3");
        assertThat(earlier.ok()).isFalse();
        assertThat(earlier.errors()).anySatisfy(e -> assertThat(e.message()).contains("98001").contains("sau ngày"));
    }

    private long count(String level) {
        return jdbc.sql("""
                SELECT count(*) FROM access.admin_unit u JOIN access.admin_unit_name n ON n.unit_code = u.code
                 WHERE u.level = :level AND n.valid_from = DATE '2025-07-01' AND n.source = 'QĐ 19/2025/QĐ-TTg'
                """).param("level", level).query(Long.class).single();
    }

    private static InputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }
}
