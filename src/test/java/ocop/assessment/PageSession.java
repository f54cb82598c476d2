package ocop.assessment;

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

/** A signed-in page session without a browser: form sign-in, the session cookie by hand, redirects not followed. */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final RestClient client;
    private String session;

    private PageSession(int port) {
        this.client = RestClient.builder().baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory(HttpClient.newHttpClient())).build();
    }

    public static PageSession signIn(int port, String username) {
        PageSession s = new PageSession(port);
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("username", username);
        form.add("password", "demo");
        form.add("_csrf", csrf(s.get("/login").getBody()));
        ResponseEntity<String> response = s.post("/login", form);
        assertThat(response.getStatusCode().value()).isEqualTo(302);
        assertThat(response.getHeaders().getLocation()).asString().doesNotContain("error");
        return s;
    }

    public ResponseEntity<String> get(String path) {
        return remember(client.get().uri(path).accept(MediaType.TEXT_HTML).headers(this::cookie)
                .retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class));
    }

    /** A form post carrying the CSRF token of the page at {@code from}. */
    public ResponseEntity<String> submit(String from, String path, MultiValueMap<String, Object> form) {
        form.add("_csrf", csrf(get(from).getBody()));
        return post(path, form);
    }

    private ResponseEntity<String> post(String path, MultiValueMap<String, Object> form) {
        return remember(client.post().uri(path).headers(this::cookie).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form).retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class));
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
        return response;
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("CSRF token on the page").isTrue();
        return m.group(1);
    }
}
