package ocop.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import ocop.OcopIntegrationTest;
import ocop.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every registry endpoint × every role, with the status each must get, in one table. Targets are demo records:
 * G = Hộ kinh doanh Giò chả truyền thống (khu phố 1, account hoangduy), M = Hộ kinh doanh Minh Đức (khu phố 2,
 * account minhduc), both in phường Long Khánh; P = a product of G made for this test (so the demo's own products
 * keep their state); canbobv is an officer of another ward (Bảo Vinh). 404 means the
 * record is outside what the account may see; 403 that it may see it but not do this.
 */
@OcopIntegrationTest
class RegistryAuthorizationMatrixTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    @LocalServerPort
    int port;

    private long producerG;
    private long producerM;
    private long productG;

    @BeforeEach
    void findTargets() {
        TestHttp admin = TestHttp.as(port, "admin", "demo");
        producerG = firstId(admin.get("/api/v1/producers?q=gio cha truyen thong").getBody());
        producerM = firstId(admin.get("/api/v1/producers?q=ho kinh doanh minh duc").getBody());
        String existing = admin.get("/api/v1/products?q=ma tran dich&producer=" + producerG).getBody();
        productG = JSON.readTree(existing).get("total").asLong() > 0 ? firstId(existing)
                : firstIdOf(admin.post("/api/v1/products", "{\"producerId\":" + producerG
                        + ",\"name\":\"Sản phẩm Ma trận đích\",\"classificationCode\":\"I.3.d\"}").getBody());
    }

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @CsvSource({
            // read a producer of the ward
            "GET, /api/v1/producers/{G}, admin, 200", "GET, /api/v1/producers/{G}, tinh, 200",
            "GET, /api/v1/producers/{G}, lanhdao, 200", "GET, /api/v1/producers/{G}, canbo, 200",
            "GET, /api/v1/producers/{G}, vanhoa, 200", "GET, /api/v1/producers/{G}, khupho1, 200",
            "GET, /api/v1/producers/{G}, hoangduy, 200", "GET, /api/v1/producers/{G}, minhduc, 404",
            "GET, /api/v1/producers/{G}, mattran, 200", "GET, /api/v1/producers/{G}, canbobv, 404",
            "GET, /api/v1/producers/{G}, -, 401",
            // a producer of khu phố 2: the head of khu phố 1 and other producers do not see it
            "GET, /api/v1/producers/{M}, khupho1, 404", "GET, /api/v1/producers/{M}, hoangduy, 404",
            "GET, /api/v1/producers/{M}, minhduc, 200",
            // edit a producer
            "PUT, /api/v1/producers/{G}, admin, 200", "PUT, /api/v1/producers/{G}, tinh, 403",
            "PUT, /api/v1/producers/{G}, lanhdao, 403", "PUT, /api/v1/producers/{G}, canbo, 200",
            "PUT, /api/v1/producers/{G}, vanhoa, 403", "PUT, /api/v1/producers/{G}, khupho1, 403",
            "PUT, /api/v1/producers/{G}, hoangduy, 200", "PUT, /api/v1/producers/{G}, minhduc, 404",
            "PUT, /api/v1/producers/{G}, mattran, 403", "PUT, /api/v1/producers/{G}, canbobv, 404",
            "PUT, /api/v1/producers/{G}, -, 401",
            // create a producer (in the caller's own unit)
            "POST, /api/v1/producers, admin, 201", "POST, /api/v1/producers, tinh, 403",
            "POST, /api/v1/producers, lanhdao, 403", "POST, /api/v1/producers, canbo, 201",
            "POST, /api/v1/producers, vanhoa, 403", "POST, /api/v1/producers, khupho1, 403",
            "POST, /api/v1/producers, hoangduy, 403", "POST, /api/v1/producers, minhduc, 403",
            "POST, /api/v1/producers, mattran, 403", "POST, /api/v1/producers, canbobv, 201",
            "POST, /api/v1/producers, -, 401",
            // delete a producer of the ward that has no products (a fresh one, made by admin)
            "DELETE, /api/v1/producers/{NEW}, admin, 204", "DELETE, /api/v1/producers/{NEW}, tinh, 403",
            "DELETE, /api/v1/producers/{NEW}, lanhdao, 403", "DELETE, /api/v1/producers/{NEW}, canbo, 204",
            "DELETE, /api/v1/producers/{NEW}, vanhoa, 403", "DELETE, /api/v1/producers/{NEW}, khupho1, 404",
            "DELETE, /api/v1/producers/{NEW}, hoangduy, 404", "DELETE, /api/v1/producers/{NEW}, mattran, 403",
            "DELETE, /api/v1/producers/{NEW}, canbobv, 404", "DELETE, /api/v1/producers/{NEW}, -, 401",
            // lists are open to every signed-in role (and scoped)
            "GET, /api/v1/producers, admin, 200", "GET, /api/v1/producers, tinh, 200",
            "GET, /api/v1/producers, khupho1, 200", "GET, /api/v1/producers, hoangduy, 200",
            "GET, /api/v1/producers, mattran, 200", "GET, /api/v1/producers, -, 401",
            "GET, /api/v1/products, canbo, 200", "GET, /api/v1/products, minhduc, 200",
            "GET, /api/v1/products, -, 401",
            // read a product
            "GET, /api/v1/products/{P}, admin, 200", "GET, /api/v1/products/{P}, tinh, 200",
            "GET, /api/v1/products/{P}, lanhdao, 200", "GET, /api/v1/products/{P}, canbo, 200",
            "GET, /api/v1/products/{P}, vanhoa, 200", "GET, /api/v1/products/{P}, khupho1, 200",
            "GET, /api/v1/products/{P}, hoangduy, 200", "GET, /api/v1/products/{P}, minhduc, 404",
            "GET, /api/v1/products/{P}, mattran, 200", "GET, /api/v1/products/{P}, canbobv, 404",
            "GET, /api/v1/products/{P}, -, 401",
            // add a product to producer G
            "POST, /api/v1/products, admin, 201", "POST, /api/v1/products, tinh, 403",
            "POST, /api/v1/products, lanhdao, 403", "POST, /api/v1/products, canbo, 201",
            "POST, /api/v1/products, vanhoa, 403", "POST, /api/v1/products, khupho1, 403",
            "POST, /api/v1/products, hoangduy, 201", "POST, /api/v1/products, minhduc, 400",
            "POST, /api/v1/products, mattran, 403", "POST, /api/v1/products, canbobv, 400",
            "POST, /api/v1/products, -, 401",
            // record a recognition (star history) — officers only
            "POST, /api/v1/products/{P}/stars, admin, 200", "POST, /api/v1/products/{P}/stars, tinh, 200",
            "POST, /api/v1/products/{P}/stars, lanhdao, 403", "POST, /api/v1/products/{P}/stars, canbo, 200",
            "POST, /api/v1/products/{P}/stars, vanhoa, 403", "POST, /api/v1/products/{P}/stars, hoangduy, 403",
            "POST, /api/v1/products/{P}/stars, minhduc, 404", "POST, /api/v1/products/{P}/stars, canbobv, 404",
            "POST, /api/v1/products/{P}/stars, -, 401",
            // administrative units: read by everyone signed in, changed by admins only
            "GET, /api/v1/units/26080, hoangduy, 200", "GET, /api/v1/units/26080, -, 401",
            "PUT, /api/v1/units/26080, canbo, 403",
    })
    void statusFor(String method, String path, String account, int expected) {
        TestHttp http = "-".equals(account) ? TestHttp.anonymous(port) : TestHttp.as(port, account, "demo");
        String target = path.replace("{G}", Long.toString(producerG)).replace("{M}", Long.toString(producerM))
                .replace("{P}", Long.toString(productG));
        if (target.contains("{NEW}")) {
            target = target.replace("{NEW}", Long.toString(freshProducer()));
        }
        var response = http.exchange(HttpMethod.valueOf(method), target, body(method, target));
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(TestHttp.isProblem(response)).isTrue();
        }
    }

    private String body(String method, String path) {
        int n = SEQUENCE.incrementAndGet();
        if (path.endsWith("/stars")) {
            return "{\"stars\":3,\"score\":60,\"decisionNo\":\"MT-" + n + "/QĐ-UBND\",\"level\":\"PROVINCE\"}";
        }
        if ("POST".equals(method) && path.equals("/api/v1/producers")) {
            return "{\"type\":\"TRANG_TRAI\",\"name\":\"Trang trại Ma trận " + n + "\",\"personalId\":\"0750850"
                    + "%05d".formatted(n) + "\"}";
        }
        if ("POST".equals(method) && path.equals("/api/v1/products")) {
            return "{\"producerId\":" + producerG + ",\"name\":\"Sản phẩm Ma trận " + n + "\",\"classificationCode\":\"I.3.d\"}";
        }
        if ("PUT".equals(method) && path.startsWith("/api/v1/producers/")) {
            return "{\"type\":\"HO_KINH_DOANH\",\"name\":\"Hộ kinh doanh Giò chả truyền thống\","
                    + "\"registrationNo\":\"075088001234\",\"personalId\":\"075088001234\","
                    + "\"representativeName\":\"Hoàng Duy\",\"neighbourhoodId\":" + neighbourhoodOfG() + "}";
        }
        if ("PUT".equals(method)) {
            return "{\"name\":\"Phường Long Khánh\",\"type\":\"phuong\"}";
        }
        return null;
    }

    private long freshProducer() {
        int n = SEQUENCE.incrementAndGet();
        return firstIdOf(TestHttp.as(port, "admin", "demo").post("/api/v1/producers",
                "{\"type\":\"TRANG_TRAI\",\"name\":\"Trang trại Xóa " + n + "\",\"personalId\":\"0750860"
                        + "%05d".formatted(n) + "\"}").getBody());
    }

    private long neighbourhoodOfG() {
        return JSON.readTree(TestHttp.as(port, "admin", "demo").get("/api/v1/producers/" + producerG).getBody())
                .get("neighbourhoodId").asLong();
    }

    private static long firstId(String page) {
        return JSON.readTree(page).get("items").get(0).get("id").asLong();
    }

    private static long firstIdOf(String record) {
        return JSON.readTree(record).get("id").asLong();
    }
}
