package ocop.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import ocop.access.AccessApi;
import ocop.access.CurrentUser;
import ocop.access.Role;
import ocop.access.UnitScope;
import ocop.access.UserAccounts;
import ocop.system.FieldError;
import ocop.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The system actor (Hệ thống) is no account: nobody signs in as it — by form or HTTP Basic, even if a row with its
 * name were slipped into the table — no account may take its name or role, and {@code runAsSystem} gives the jobs its
 * all-units scope and then restores whoever was signed in.
 */
@OcopIntegrationTest
class SystemActorAccountTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AccessApi access;

    @Autowired
    UserAdministration users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void nobodySignsInAsTheSystemEvenWithARowOfThatName() throws Exception {
        assertThat(TestHttp.as(port, "system", "demo").get("/api/v1/producers").getStatusCode().value())
                .isEqualTo(401);
        // a row named "system" with canbo's password hash, put there behind the application's back
        String hash = jdbc.sql("SELECT password_hash FROM access.app_user WHERE username = 'canbo'")
                .query(String.class).single();
        jdbc.sql("""
                INSERT INTO access.app_user (username, password_hash, full_name, role, unit_code)
                VALUES ('SYSTEM', :hash, 'Giả danh hệ thống', 'ADMIN', '26080')""").param("hash", hash).update();
        try {
            assertThat(TestHttp.as(port, "SYSTEM", "demo").get("/api/v1/producers").getStatusCode().value())
                    .isEqualTo(401);
            assertThat(formSignIn("system", "demo")).endsWith("/login?error");
            // the same form signs a real account in, so the refusal above is the system actor's
            assertThat(formSignIn("canbo", "demo")).doesNotContain("error");
        } finally {
            jdbc.sql("DELETE FROM access.app_user WHERE username = 'SYSTEM'").update();
        }
    }

    @Test
    void noAccountTakesTheSystemNameOrRole() {
        assertThatThrownBy(() -> accounts.create(new UserAccounts.NewAccount("System", "matkhau123", "Hệ thống",
                Role.WARD_OFFICER, "26080", null, null, false))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> accounts.create(new UserAccounts.NewAccount("sysactor-role", "matkhau123",
                "Hệ thống", Role.SYSTEM, "26080", null, null, false))).isInstanceOf(IllegalArgumentException.class);
        assertThat(accounts.idOf("sysactor-role")).isEmpty();

        accounts.runAs("admin", () -> {
            assertThatThrownBy(() -> users.create(new UserAdministration.NewUser("system", "Hệ thống", "ADMIN",
                    "26080", null, null, "matkhau123"))).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field)
                            .containsExactly("username"));
            assertThatThrownBy(() -> users.create(new UserAdministration.NewUser("sysactor-form", "Hệ thống", "SYSTEM",
                    "26080", null, null, "matkhau123"))).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field)
                            .containsExactly("role"));
            return null;
        });
        assertThat(accounts.idOf("sysactor-form")).isEmpty();
    }

    @Test
    void jobsActAsTheSystemAndTheSignedInUserComesBack() {
        CurrentUser inside = accounts.runAs("canbo", () -> {
            CurrentUser system = accounts.runAsSystem(access::currentUser);
            assertThat(access.currentUser().username()).isEqualTo("canbo");
            return system;
        });
        assertThat(inside.role()).isEqualTo(Role.SYSTEM);
        assertThat(inside.username()).isEqualTo(CurrentUser.SYSTEM_USERNAME);
        assertThat(inside.scope().kind()).isEqualTo(UnitScope.Kind.ALL);
        assertThat(accounts.runAsSystem(() -> access.currentUserIfAny())).hasValueSatisfying(u ->
                assertThat(u.displayName()).isEqualTo("Hệ thống (tác vụ tự động)"));
        assertThat(access.currentUserIfAny()).isEmpty();
    }

    /** Posts the sign-in form; returns where it redirects. */
    private String formSignIn(String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET()
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        var token = CSRF.matcher(page);
        assertThat(token.find()).isTrue();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password
                        + "&_csrf=" + token.group(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElse("");
    }
}
