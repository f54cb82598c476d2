package ocop.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import ocop.OcopIntegrationTest;
import ocop.access.Role;
import ocop.access.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** /api/v1/units over real HTTP with HTTP Basic: search without diacritics, paging, 401/403/400/404 as problem+json. */
@OcopIntegrationTest
class UnitApiTests {

    static final String PASSWORD = "matkhau-api-123";

    @LocalServerPort int port;
    @Autowired UserAccounts accounts;
    @Autowired JsonMapper json;

    @BeforeEach
    void users() {
        account("unitapi-admin", Role.ADMIN);
        account("unitapi-officer", Role.WARD_OFFICER);
    }

    @Test
    void findsLongKhanhWithoutDiacritics() {
        ResponseEntity<String> response = get(client("unitapi-officer"), "/api/v1/units?q=long khanh&province=75");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("items")).anySatisfy(unit -> {
            assertThat(unit.get("code").asString()).isEqualTo("26080");
            assertThat(unit.get("name").asString()).isEqualTo("Phường Long Khánh");
            assertThat(unit.get("level").asString()).isEqualTo("COMMUNE");
            assertThat(unit.get("type").asString()).isEqualTo("phuong");
            assertThat(unit.get("provinceCode").asString()).isEqualTo("75");
            assertThat(unit.get("provinceName").asString()).isEqualTo("Tỉnh Đồng Nai");
        });
        JsonNode one = json.readTree(get(client("unitapi-officer"), "/api/v1/units/26080").getBody());
        assertThat(one.get("name").asString()).isEqualTo("Phường Long Khánh");
    }

    @Test
    void pagesAreCountedInTheDatabase() {
        JsonNode page = json.readTree(get(client("unitapi-officer"),
                "/api/v1/units?province=75&level=COMMUNE&size=10&page=9&date=2025-07-01").getBody());
        assertThat(page.get("total").asLong()).isEqualTo(95);
        assertThat(page.get("page").asInt()).isEqualTo(9);
        assertThat(page.get("size").asInt()).isEqualTo(10);
        assertThat(page.get("items")).hasSize(5);
        JsonNode provinces = json.readTree(get(client("unitapi-officer"),
                "/api/v1/units?level=PROVINCE&size=500&date=2025-07-01").getBody());
        assertThat(provinces.get("size").asInt()).isEqualTo(100);
        assertThat(provinces.get("items").get(0).get("code").asString()).isEqualTo("01");
    }

    @Test
    void withoutSignInIs401ProblemJson() {
        ResponseEntity<String> response = get(RestClient.builder().baseUrl("http://localhost:" + port).build(),
                "/api/v1/units?q=long");
        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(json.readTree(response.getBody()).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void onlyTheAdministratorMayAddUnits() {
        Map<String, Object> unit = Map.of("code", "75901", "level", "COMMUNE", "name", "Xã Thử Quyền", "type", "xa",
                "provinceCode", "75", "validFrom", "2026-01-01");
        ResponseEntity<String> response = post(client("unitapi-officer"), unit);
        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(get(client("unitapi-officer"), "/api/v1/units/75901").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void badInputIs400NamingTheField() {
        ResponseEntity<String> response = post(client("unitapi-admin"), Map.of("code", "7590", "level", "COMMUNE",
                "name", "Xã Thử Mã", "type", "xa", "provinceCode", "75"));
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        JsonNode errors = json.readTree(response.getBody()).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("code");

        ResponseEntity<String> badName = post(client("unitapi-admin"), Map.of("code", "75902", "level", "COMMUNE",
                "name", "Phường Sai Loại", "type", "xa", "provinceCode", "00"));
        assertThat(json.readTree(badName.getBody()).get("errors")).extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("provinceCode", "name");
        assertThat(get(client("unitapi-admin"), "/api/v1/units/99999").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void administratorAddsAndRenamesAUnitFromADate() {
        ResponseEntity<String> created = post(client("unitapi-admin"), Map.of("code", "75903", "level", "COMMUNE",
                "name", "Xã Thử Tạo", "type", "xa", "provinceCode", "75", "validFrom", "2025-08-01"));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(json.readTree(created.getBody()).get("provinceName").asString()).isEqualTo("Tỉnh Đồng Nai");
        assertThat(post(client("unitapi-admin"), Map.of("code", "75903", "level", "COMMUNE", "name", "Xã Thử Tạo",
                "type", "xa", "provinceCode", "75")).getStatusCode().value()).isEqualTo(409);

        ResponseEntity<String> renamed = client("unitapi-admin").put().uri("/api/v1/units/75903")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Phường Thử Tạo", "type", "phuong", "validFrom", "2026-04-30"))
                .retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
        assertThat(renamed.getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(get(client("unitapi-officer"), "/api/v1/units/75903?date=2026-04-29").getBody())
                .get("name").asString()).isEqualTo("Xã Thử Tạo");
        assertThat(json.readTree(get(client("unitapi-officer"), "/api/v1/units/75903?date=2026-04-30").getBody())
                .get("type").asString()).isEqualTo("phuong");
        assertThat(client("unitapi-officer").put().uri("/api/v1/units/75903").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Phường Khác")).retrieve().onStatus(s -> true, (req, res) -> { })
                .toEntity(String.class).getStatusCode().value()).isEqualTo(403);
    }

    private void account(String username, Role role) {
        if (accounts.idOf(username).isEmpty()) {
            accounts.create(new UserAccounts.NewAccount(username, PASSWORD, "Người thử API", role, "26080", null, null,
                    false));
        }
    }

    private RestClient client(String username) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth(username, PASSWORD)).build();
    }

    private static ResponseEntity<String> get(RestClient client, String uri) {
        return client.get().uri(uri).retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
    }

    private static ResponseEntity<String> post(RestClient client, Map<String, Object> body) {
        return client.post().uri("/api/v1/units").contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
    }
}
