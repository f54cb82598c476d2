package ocop.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-in over real HTTP: hashed passwords, throttling after repeated failures, CSRF on forms. */
@OcopIntegrationTest
class SignInSecurityTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = jdbc.sql("SELECT password_hash FROM access.app_user WHERE username = 'canbo'")
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("demo");
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        accounts.create(new UserAccounts.NewAccount("throttle.test", "dung-mat-khau", "Thử Khóa", Role.WARD_UNIT,
                "26080", null, null, false));
        for (int i = 0; i < 5; i++) {
            assertThat(TestHttp.as(port, "throttle.test", "sai-" + i).get("/api/v1/producers").getStatusCode().value())
                    .isEqualTo(401);
        }
        var locked = TestHttp.as(port, "throttle.test", "dung-mat-khau").get("/api/v1/producers");
        assertThat(locked.getStatusCode().value()).isEqualTo(401);
        assertThat(TestHttp.isProblem(locked)).isTrue();
    }

    @Test
    void theRightPasswordWorksAfterFewerFailures() {
        accounts.create(new UserAccounts.NewAccount("throttle.ok", "dung-mat-khau", "Thử Mở", Role.WARD_UNIT,
                "26080", null, null, false));
        TestHttp.as(port, "throttle.ok", "sai").get("/api/v1/producers");
        assertThat(TestHttp.as(port, "throttle.ok", "dung-mat-khau").get("/api/v1/producers").getStatusCode().value())
                .isEqualTo(200);
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=canbo&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void signingInGivesANewSessionId() throws Exception {
        var cookies = new java.net.CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        String before = sessionId(cookies);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=lanhdao&password=demo&_csrf=" + token.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(sessionId(cookies)).isNotNull().isNotEqualTo(before);
    }

    private static String sessionId(java.net.CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    @Test
    void pagesSendAnonymousVisitorsToTheSignInPage() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/producers")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
