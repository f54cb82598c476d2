package ocop.dossier;

import ocop.PageSession;
import static org.assertj.core.api.Assertions.assertThat;

import ocop.OcopIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Intake as people do it on the pages: a producer registers an idea, the officer returns and then accepts it, the
 * producer submits a business plan; a neighbourhood head flags a product, the officer converts it; notifications.
 */
@OcopIntegrationTest
class IntakePagesTests {

    @LocalServerPort
    int port;

    @Test
    void anIdeaGoesThroughTheFirstStepsOfTheCycle() {
        PageSession producer = PageSession.signIn(port, "hoangduy");
        assertThat(producer.get("/ideas/new").getBody()).contains("Đăng ký ý tưởng sản phẩm", "I.3.d");
        var registered = producer.post("/ideas", PageSession.form("name", "Chả cốm Trang", "classificationCode", "I.3.d",
                "existing", "false", "description", "Chả cốm theo mùa"));
        assertThat(registered.getStatusCode().value()).isEqualTo(302);
        String cycle = PageSession.location(registered);
        assertThat(cycle).endsWith("/cycle");
        assertThat(producer.get(cycle).getBody()).contains("Chu trình OCOP", "Chờ xem xét", "Đăng ký ý tưởng sản phẩm");

        PageSession officer = PageSession.signIn(port, "canbo");
        assertThat(officer.get("/dossiers").getBody()).contains("Chả cốm Trang");
        officer.get(cycle);
        var noReason = officer.post(cycle + "/return-idea", PageSession.form("note", ""));
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(officer.post(cycle + "/return-idea", PageSession.form("note", "Ghi rõ nguồn cốm.")).getStatusCode()
                .value()).isEqualTo(302);
        producer.get(cycle);
        assertThat(producer.post(cycle + "/resubmit-idea", PageSession.form("note", "Cốm Làng Vòng")).getStatusCode()
                .value()).isEqualTo(302);
        officer.get(cycle);
        assertThat(officer.post(cycle + "/accept-idea", PageSession.form()).getStatusCode().value()).isEqualTo(302);
        String page = producer.get(cycle).getBody();
        assertThat(page).contains("id=\"plan-form\"", "phương án sản xuất kinh doanh được chấp nhận trước")
                .doesNotContain("id=\"open-first\"");
        assertThat(producer.multipart(cycle + "/plan", PageSession.form("summary", "Làm 200 kg mỗi tháng")).getStatusCode()
                .value()).isEqualTo(302);
        officer.get(cycle);
        officer.post(cycle + "/accept-plan", PageSession.form());
        assertThat(producer.get(cycle).getBody()).contains("id=\"open-first\"", "Chấp nhận phương án sản xuất kinh doanh",
                "Trả lại đăng ký", "Ghi rõ nguồn cốm.");
        assertThat(producer.get("/notifications").getBody()).contains("Phương án SXKD được chấp nhận");
    }

    @Test
    void aFlagOfTheKhuPhoBecomesARegisteredIdea() {
        PageSession head = PageSession.signIn(port, "khupho1");
        head.get("/flags/new");
        var flagged = head.post("/flags", PageSession.form("name", "Bánh tét lá cẩm", "maker", "Bà Bảy",
                "contact", "0913 222 444"));
        assertThat(flagged.getStatusCode().value()).isEqualTo(302);
        String flag = PageSession.location(flagged);
        PageSession officer = PageSession.signIn(port, "canbo");
        assertThat(officer.get("/flags").getBody()).contains("Bánh tét lá cẩm", "Chờ xử lý");
        assertThat(officer.get("/notifications").getBody()).contains("Sản phẩm tiềm năng mới: Bánh tét lá cẩm");
        officer.get(flag);
        long producer = DossierHttp.producerId(port, "gio cha truyen thong");
        var converted = officer.post(flag + "/convert", PageSession.form("producerId", producer, "productName",
                "Bánh tét lá cẩm", "classificationCode", "I.3.b"));
        assertThat(converted.getStatusCode().value()).as(converted.getBody()).isEqualTo(302);
        assertThat(PageSession.location(converted)).endsWith("/cycle");
        assertThat(head.get(flag).getBody()).contains("Đã đăng ký ý tưởng");
        assertThat(head.get("/notifications").getBody()).contains("Đề xuất sản phẩm đã được đăng ký");
    }
}
