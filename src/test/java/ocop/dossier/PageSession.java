package ocop.dossier;

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
 * A browser-like session on the pages for the tests: form sign-in as a demo account, the session cookie carried by
 * hand, the CSRF token of the last page sent with every form, redirects not followed.
 */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final RestClient client;
    private String session;
    private String csrf;

    PageSession(int port, String username) {
        client = RestClient.builder().baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory(HttpClient.newHttpClient())).build();
        get("/login");
        MultiValueMap<String, Object> form = form("username", username, "password", "demo");
        var response = post("/login", form);
        assertThat(response.getStatusCode().value()).isEqualTo(302);
        assertThat(response.getHeaders().getLocation()).asString().doesNotContain("error");
        get("/");
    }

    static MultiValueMap<String, Object> form(Object... pairs) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add((String) pairs[i], pairs[i + 1]);
        }
        return form;
    }

    ResponseEntity<String> get(String path) {
        return remember(client.get().uri(path).headers(this::cookie).retrieve()
                .onStatus(s -> true, (req, res) -> { }).toEntity(String.class));
    }

    ResponseEntity<String> post(String path, MultiValueMap<String, Object> form) {
        return send(path, MediaType.APPLICATION_FORM_URLENCODED, form);
    }

    ResponseEntity<String> multipart(String path, MultiValueMap<String, Object> form) {
        return send(path, MediaType.MULTIPART_FORM_DATA, form);
    }

    private ResponseEntity<String> send(String path, MediaType type, MultiValueMap<String, Object> form) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>(form);
        if (csrf != null) {
            body.add("_csrf", csrf);
        }
        return remember(client.post().uri(path).headers(this::cookie).contentType(type).body(body).retrieve()
                .onStatus(s -> true, (req, res) -> { }).toEntity(String.class));
    }

    static String location(ResponseEntity<?> response) {
        return response.getHeaders().getLocation() == null ? null : response.getHeaders().getLocation().getPath();
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
