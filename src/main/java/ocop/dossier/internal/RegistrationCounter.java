package ocop.dossier.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The running number of Mẫu 01 registrations per commune and year (số thứ tự phiếu đăng ký). One upsert takes the
 * next value: concurrent receipts queue on the counter's row, so no two dossiers get the same number.
 */
@Component
class RegistrationCounter {

    private final JdbcClient jdbc;

    RegistrationCounter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int next(String unitCode, int year) {
        return jdbc.sql("""
                INSERT INTO dossier.registration_counter AS c (unit_code, year, last_value) VALUES (:unit, :year, 1)
                ON CONFLICT (unit_code, year) DO UPDATE SET last_value = c.last_value + 1
                RETURNING last_value""")
                .param("unit", unitCode).param("year", year).query(Integer.class).single();
    }
}
