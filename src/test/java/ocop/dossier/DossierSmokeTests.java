package ocop.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import ocop.OcopIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo dossiers are there and the dossier API answers. */
@OcopIntegrationTest
class DossierSmokeTests {

    @LocalServerPort
    int port;

    @Test
    void demoDossiersAreLoaded() {
        DossierHttp canbo = new DossierHttp(port, "canbo");
        var list = canbo.ok(canbo.get("/api/v1/dossiers"));
        assertThat(DossierHttp.texts(list, "productName")).contains("Giò chả", "Nấm Đông trùng Hạ thảo Cordyceps Minh Khôi");
    }
}
