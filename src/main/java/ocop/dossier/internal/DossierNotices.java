package ocop.dossier.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import ocop.access.Notifications;
import ocop.access.Notifications.Notice;
import ocop.access.Role;
import ocop.dossier.DossierAction;
import ocop.dossier.DossierStatus;
import ocop.dossier.ReturnReason;
import ocop.registry.ProducerView;
import ocop.registry.RegistryApi;
import org.springframework.stereotype.Component;

/**
 * Who is told what when something is asked of them (thông báo việc cần làm): the officer of a dossier received or
 * supplemented, the producer of a return with its reasons, the leader of a report to issue, the officer of a report to
 * send, the province of a dossier to evaluate, the producer of the result; and the same for ideas, plans and flags.
 */
@Component
public class DossierNotices {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Notifications notifications;
    private final RegistryApi registry;

    DossierNotices(Notifications notifications, RegistryApi registry) {
        this.notifications = notifications;
        this.registry = registry;
    }

    void transitioned(DossierRow d, DossierAction action, String actor, List<ReturnReason> reasons) {
        String what = "hồ sơ " + d.productName() + (d.registrationNo() == null ? "" : " (" + d.registrationNo() + ")");
        String link = "/dossiers/" + d.id();
        String deadline = d.wardDeadline() == null ? "" : " Hạn đánh giá tại phường: " + DATE.format(d.wardDeadline()) + ".";
        switch (action) {
            case SUBMIT -> officers(d.unitCode(), "Hồ sơ mới cần tiếp nhận: " + d.productName(),
                    d.producerName() + " đã nộp " + what + "." + deadline + " Hãy kiểm tra thành phần hồ sơ.", link);
            case RESUBMIT -> officers(d.unitCode(), "Hồ sơ đã nộp bổ sung: " + d.productName(),
                    d.producerName() + " đã nộp bổ sung " + what + "." + deadline, link);
            case RETURN -> producer(d.producerId(), "Hồ sơ cần bổ sung: " + d.productName(),
                    "UBND phường trả lại " + what + " để bổ sung:\n" + reasons(reasons), link);
            case START_ASSESSMENT -> {
                leaders(d.unitCode(), "Hồ sơ đang đánh giá tại phường: " + d.productName(),
                        "Cán bộ đã tiếp nhận " + what + " và đánh giá 4 nội dung; báo cáo Mẫu 03 sẽ trình lãnh đạo "
                                + "ban hành." + deadline, link);
                producer(d.producerId(), "Hồ sơ đã được tiếp nhận: " + d.productName(),
                        "UBND phường đã tiếp nhận " + what + " và đang đánh giá." + deadline, link);
            }
            case ISSUE_REPORT -> officers(d.unitCode(), "Báo cáo Mẫu 03 đã ban hành: " + d.productName(),
                    "Lãnh đạo đã ban hành báo cáo cho " + what + ". Hãy gửi hồ sơ lên tỉnh.", link);
            case SEND_TO_PROVINCE -> {
                notifications.notifyRole(Role.PROVINCE_OFFICER, d.provinceCode(), new Notice(
                        "Hồ sơ phường gửi đánh giá: " + d.productName(), "UBND phường đã gửi " + what
                        + " đề nghị đánh giá, phân hạng (đợt " + d.round() + "/" + d.year() + ").", link));
                producer(d.producerId(), "Hồ sơ đã gửi tỉnh: " + d.productName(),
                        "UBND phường đã gửi " + what + " lên tỉnh đánh giá, phân hạng.", link);
            }
            case RECORD_RECOGNISED, RECORD_NOT_RECOGNISED, RECORD_PROPOSED_TO_MINISTRY -> {
                String result = switch (action) {
                    case RECORD_RECOGNISED -> "được công nhận sản phẩm OCOP";
                    case RECORD_NOT_RECOGNISED -> "không được công nhận";
                    default -> "đạt từ 90 điểm, được đề nghị Bộ đánh giá 5★";
                };
                producer(d.producerId(), "Kết quả đánh giá: " + d.productName(), "Sản phẩm " + d.productName() + " "
                        + result + ".", link);
                officers(d.unitCode(), "Kết quả đánh giá: " + d.productName(), "Sản phẩm " + d.productName() + " "
                        + result + " (ghi nhận bởi " + actor + ").", link);
            }
            case WITHDRAW -> officers(d.unitCode(), "Hồ sơ đã rút: " + d.productName(), what + " đã được rút.", link);
        }
    }

    public void officers(String unitCode, String title, String body, String link) {
        notifications.notifyRole(Role.WARD_OFFICER, unitCode, new Notice(title, body, link));
    }

    void leaders(String unitCode, String title, String body, String link) {
        notifications.notifyRole(Role.WARD_LEADER, unitCode, new Notice(title, body, link));
    }

    public void producer(long producerId, String title, String body, String link) {
        String email = registry.producer(producerId).map(ProducerView::email).orElse(null);
        notifications.notifyProducer(producerId, email, new Notice(title, body, link));
    }

    public void user(String username, String title, String body, String link) {
        notifications.notifyUser(username, new Notice(title, body, link));
    }

    static String reasons(List<ReturnReason> reasons) {
        return reasons.stream().map(r -> "- " + r.reason()).collect(Collectors.joining("\n"));
    }

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }
}
