package ocop.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import ocop.access.Notifications.Notice;
import ocop.access.internal.NotificationMailer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The e-mail copy of a notification, sent through a real SMTP conversation to an in-process GreenMail server by the
 * mail sender Spring Boot builds when {@code spring.mail.host} is set (here built by hand, so the shared test context
 * stays as it is): subject, Vietnamese body and the link into the application arrive intact.
 */
class MailNotificationTests {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void theNoticeArrivesByMail() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SMTP.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        NotificationMailer mailer = new NotificationMailer(sender, "ocop@longkhanh.gov.vn", "https://ocop.longkhanh.vn/");

        int sent = mailer.send(List.of("hoangduy@example.vn", "canbo@example.vn"), new Notice(
                "Hồ sơ cần bổ sung: Giò chả", "UBND phường trả lại hồ sơ để bổ sung:\n- Danh sách lao động",
                "/dossiers/7"));

        assertThat(sent).isEqualTo(2);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getSubject()).isEqualTo("[OCOP] Hồ sơ cần bổ sung: Giò chả");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("ocop@longkhanh.gov.vn");
        String body = (String) received[0].getContent();
        assertThat(body).contains("Danh sách lao động", "https://ocop.longkhanh.vn/dossiers/7");
        assertThat(GreenMailUtil.getAddressList(received[1].getAllRecipients())).contains("canbo@example.vn");
    }

    @Test
    void aServerThatIsDownFailsNoOne() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(1);
        NotificationMailer mailer = new NotificationMailer(sender, "ocop@localhost", "");
        assertThat(mailer.send(List.of("x@example.vn"), new Notice("Thử", null, null))).isZero();
    }
}
