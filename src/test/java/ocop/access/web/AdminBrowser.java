package ocop.access.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** A signed-in browser for page tests: form sign-in, the session cookie and the CSRF token of the last page. */
class AdminBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final RestClient http;
    private String session;
    private String csrf;

    AdminBrowser(int port) {
        this.http = RestClient.builder().baseUrl("http://localhost:" + port).build();
    }

    AdminBrowser signIn(String username, String password) {
        get("/login");
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("username", username);
        form.add("password", password);
        ResponseEntity<String> response = post("/login", form, MediaType.APPLICATION_FORM_URLENCODED);
        if (response.getStatusCode().value() != 302 || response.getHeaders().getLocation().toString().contains("error")) {
            throw new IllegalStateException("sign-in failed: " + response.getStatusCode());
        }
        return this;
    }

    ResponseEntity<String> get(String uri) {
        return remember(http.get().uri(uri).headers(this::cookie).retrieve().onStatus(s -> true, (q, r) -> { })
                .toEntity(String.class));
    }

    ResponseEntity<String> getFragment(String uri) {
        return http.get().uri(uri).headers(h -> {
            cookie(h);
            h.add("HX-Request", "true");
        }).retrieve().onStatus(s -> true, (q, r) -> { }).toEntity(String.class);
    }

    ResponseEntity<String> post(String uri, MultiValueMap<String, Object> form, MediaType type) {
        form.add("_csrf", csrf);
        return remember(http.post().uri(uri).headers(this::cookie).contentType(type).body(form).retrieve()
                .onStatus(s -> true, (q, r) -> { }).toEntity(String.class));
    }

    ResponseEntity<String> postForm(String uri, MultiValueMap<String, Object> form) {
        return post(uri, form, MediaType.APPLICATION_FORM_URLENCODED);
    }

    private void cookie(HttpHeaders headers) {
        if (session != null) {
            headers.add(HttpHeaders.COOKIE, session);
        }
    }

    private ResponseEntity<String> remember(ResponseEntity<String> response) {
        List<String> cookies = response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
        cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .ifPresent(c -> session = c.substring(0, c.indexOf(';')));
        if (response.getBody() != null) {
            Matcher m = CSRF.matcher(response.getBody());
            if (m.find()) {
                csrf = m.group(1);
            }
        }
        return response;
    }
}
