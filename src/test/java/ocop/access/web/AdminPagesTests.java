package ocop.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import ocop.OcopIntegrationTest;
import ocop.access.Role;
import ocop.access.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The admin pages in a signed-in browser session: accounts form with field errors, units list and CSV upload. */
@OcopIntegrationTest
class AdminPagesTests {

    static final String PASSWORD = "matkhau-trang-123";

    @LocalServerPort int port;
    @Autowired UserAccounts accounts;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void users() {
        for (var u : new Object[][] {{"pages-admin", Role.ADMIN}, {"pages-officer", Role.WARD_OFFICER}}) {
            if (accounts.idOf((String) u[0]).isEmpty()) {
                accounts.create(new UserAccounts.NewAccount((String) u[0], PASSWORD, "Người thử trang", (Role) u[1],
                        "26080", null, null, false));
            }
        }
    }

    @Test
    void accountFormShowsFieldErrorsAndKeepsInput() {
        AdminBrowser browser = new AdminBrowser(port).signIn("pages-admin", PASSWORD);
        assertThat(browser.get("/admin/users").getBody()).contains("pages-officer").contains("Cán bộ Phòng Kinh tế");
        assertThat(browser.get("/admin/users/new").getStatusCode().value()).isEqualTo(200);

        ResponseEntity<String> duplicate = browser.postForm("/admin/users", form("PAGES-officer", "Đặng Văn Trùng", "x"));
        assertThat(duplicate.getStatusCode().value()).isEqualTo(200);
        assertThat(duplicate.getBody()).contains("field-error").contains("đã được dùng").contains("Đặng Văn Trùng")
                .contains("Mật khẩu cần ít nhất 8 ký tự");

        ResponseEntity<String> created = browser.postForm("/admin/users", form("pages-new", "Đặng Văn Mới", "matkhau123"));
        assertThat(created.getStatusCode().value()).isEqualTo(302);
        assertThat(browser.get("/admin/users?q=pages-new").getBody()).contains("Đặng Văn Mới");
    }

    @Test
    void administrationIsForAdministratorsOnly() {
        AdminBrowser browser = new AdminBrowser(port).signIn("pages-officer", PASSWORD);
        assertThat(browser.get("/admin/users").getStatusCode().value()).isEqualTo(403);
        assertThat(browser.get("/admin/units").getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void unitsPageSearchesAndUploadsInTwoSteps() {
        AdminBrowser browser = new AdminBrowser(port).signIn("pages-admin", PASSWORD);
        assertThat(browser.get("/admin/units?q=long khanh").getBody()).contains("Phường Long Khánh")
                .contains("data-label=\"Tên\"");
        ResponseEntity<String> fragment = browser.getFragment("/admin/units?q=hang gon&province=75");
        assertThat(fragment.getBody()).contains("Phường Hàng Gòn").doesNotContain("<html");

        String csv = "province_code,province_name,unit_code,unit_name,unit_type\n"
                + "93,Tỉnh Thử Trang,93001,Xã Trang Một,xa\n";
        ResponseEntity<String> preview = browser.post("/admin/units/import", upload(csv), MediaType.MULTIPART_FORM_DATA);
        assertThat(preview.getStatusCode().value()).isEqualTo(200);
        assertThat(preview.getBody()).contains("Xem trước").contains("Nhập");
        assertThat(count("93")).isZero();

        ResponseEntity<String> committed = browser.postForm("/admin/units/import/commit", new LinkedMultiValueMap<>());
        assertThat(committed.getStatusCode().value()).isEqualTo(302);
        assertThat(browser.get("/admin/units").getBody()).contains("Đã nhập danh mục");
        assertThat(count("93")).isEqualTo(2);

        ResponseEntity<String> bad = browser.post("/admin/units/import",
                upload(csv.replace("93001", "9300").replace(",xa", ",thon")), MediaType.MULTIPART_FORM_DATA);
        assertThat(bad.getBody()).contains("Tệp có lỗi").contains("Dòng 2");
    }

    private long count(String province) {
        return jdbc.sql("SELECT count(*) FROM access.admin_unit WHERE province_code = :p").param("p", province)
                .query(Long.class).single();
    }

    private static MultiValueMap<String, Object> form(String username, String fullName, String password) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("username", username);
        form.add("fullName", fullName);
        form.add("role", "WARD_OFFICER");
        form.add("unitCode", "26080");
        form.add("neighbourhoodId", "");
        form.add("producerId", "");
        form.add("password", password);
        return form;
    }

    private static MultiValueMap<String, Object> upload(String csv) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "don-vi.csv";
            }
        });
        form.add("validFrom", "2026-05-01");
        form.add("source", "Thử nghiệm trang");
        return form;
    }
}
