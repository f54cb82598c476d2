package ocop.inspection.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Small helpers for the inspection page tests: demo products by name, ids from redirects, values from pages. */
final class InspectionPageFixtures {

    static final String HONEY = "Mật ong hoa cà phê";

    private InspectionPageFixtures() {
    }

    static long product(JdbcClient jdbc, String prefix) {
        return jdbc.sql("SELECT id FROM registry.product WHERE name LIKE :n ORDER BY id LIMIT 1")
                .param("n", prefix + "%").query(Long.class).single();
    }

    /** The id at the end of a redirect such as {@code /inspections/visits/12}. */
    static long idFrom(ResponseEntity<String> redirect) {
        String path = redirect.getHeaders().getLocation().getPath();
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    /** The value of the first hidden input {@code name} inside the form posting to {@code action}. */
    static String hidden(String html, String action, String name) {
        Matcher m = Pattern.compile("action=\"" + Pattern.quote(action) + "\"[^>]*>.*?name=\"" + name
                + "\"[^>]*?value=\"([^\"]*)\"", Pattern.DOTALL).matcher(html);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in the form posting to " + action);
        }
        return m.group(1);
    }
}
