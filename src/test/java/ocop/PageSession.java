package ocop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The pages as a browser sees them, without a browser: form sign-in as a demo account, the session cookie carried by
 * hand, the CSRF token of the last page seen sent with every form that has none, redirects not followed. For what
 * needs JavaScript or layout, use {@link Browser}.
 */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final String PASSWORD = "demo";

    private final RestClient client;
    private String session;
    private String csrf;

    private PageSession(int port) {
        client = RestClient.builder().baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory(HttpClient.newHttpClient())).build();
    }

    /** Signs in a demo account through the sign-in form; fails the test when the account is refused. */
    public static PageSession signIn(int port, String username) {
        return signIn(port, username, PASSWORD);
    }

    public static PageSession signIn(int port, String username, String password) {
        PageSession s = new PageSession(port);
        s.get("/login");
        var response = s.post("/login", form("username", username, "password", password));
        assertThat(response.getStatusCode().value()).isEqualTo(302);
        assertThat(response.getHeaders().getLocation()).asString().doesNotContain("error");
        s.get("/");
        return s;
    }

    /** A form body from name, value pairs. */
    public static MultiValueMap<String, Object> form(Object... pairs) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add((String) pairs[i], pairs[i + 1]);
        }
        return form;
    }

    /** The path a redirect points at, or null when the answer is not a redirect. */
    public static String location(ResponseEntity<?> response) {
        return response.getHeaders().getLocation() == null ? null : response.getHeaders().getLocation().getPath();
    }

    /** The CSRF token of a page; fails the test when the page has none. */
    public static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("CSRF token on the page").isTrue();
        return m.group(1);
    }

    /** A page (HTML preferred, so errors come back as pages) or a download. */
    public ResponseEntity<String> get(String path) {
        return remember(client.get().uri(path).accept(MediaType.TEXT_HTML, MediaType.ALL).headers(this::cookie)
                .retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class));
    }

    /** A form post, URL-encoded. */
    public ResponseEntity<String> post(String path, MultiValueMap<String, Object> form) {
        return post(path, MediaType.APPLICATION_FORM_URLENCODED, form);
    }

    /** A form post with files. */
    public ResponseEntity<String> multipart(String path, MultiValueMap<String, Object> form) {
        return post(path, MediaType.MULTIPART_FORM_DATA, form);
    }

    public ResponseEntity<String> post(String path, MediaType type, MultiValueMap<String, Object> form) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>(form);
        if (csrf != null && !body.containsKey("_csrf")) {
            body.add("_csrf", csrf);
        }
        return remember(client.post().uri(path).headers(this::cookie).contentType(type).body(body)
                .retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class));
    }

    /** A form post carrying the CSRF token of the page at {@code from}, as when the user submits that page. */
    public ResponseEntity<String> submit(String from, String path, MultiValueMap<String, Object> form) {
        return submit(from, path, MediaType.APPLICATION_FORM_URLENCODED, form);
    }

    public ResponseEntity<String> submit(String from, String path, MediaType type, MultiValueMap<String, Object> form) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>(form);
        body.set("_csrf", csrf(get(from).getBody()));
        return post(path, type, body);
    }

    private void cookie(HttpHeaders headers) {
        if (session != null) {
            headers.add(HttpHeaders.COOKIE, session);
        }
    }

    private ResponseEntity<String> remember(ResponseEntity<String> response) {
        List<String> cookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
        if (cookies != null) {
            cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                    .ifPresent(c -> session = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
        }
        if (response.getBody() != null) {
            Matcher m = CSRF.matcher(response.getBody());
            if (m.find()) {
                csrf = m.group(1);
            }
        }
        return response;
    }
}
