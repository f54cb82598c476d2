package ocop.demo.internal;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether to load the demo data: {@code ocop.demo.enabled} (env {@code OCOP_DEMO}) when set, otherwise only on
 * the embedded default database — never silently into a real deployment's external server.
 */
@Component
class DemoSwitch {

    private final Environment env;

    DemoSwitch(Environment env) {
        this.env = env;
    }

    boolean enabled() {
        String explicit = env.getProperty("ocop.demo.enabled", "");
        if (!explicit.isBlank()) {
            return Boolean.parseBoolean(explicit.trim());
        }
        return env.getProperty("spring.datasource.url", "").isBlank();
    }
}
