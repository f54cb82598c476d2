package ocop.assessment.internal;

import ocop.access.Notifications;
import ocop.access.Notifications.Notice;
import ocop.access.Role;
import org.springframework.stereotype.Component;

/**
 * In-app notices of this step (thông báo trong ứng dụng): the ward's units are invited to a meeting; the leader has a
 * Mẫu 03 report or a request to the province waiting to be issued. E-mail follows when SMTP is configured.
 */
@Component
class AssessmentNotices {

    private final Notifications notifications;

    AssessmentNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    void invited(String unitCode, long meetingId, String when) {
        notifications.notifyRole(Role.WARD_UNIT, unitCode, new Notice("Giấy mời họp đánh giá hồ sơ OCOP",
                "Cuộc họp lấy ý kiến về bốn nội dung của hồ sơ, " + when + ". Ghi ý kiến của đơn vị trên trang cuộc họp.",
                "/meetings/" + meetingId));
    }

    void reportToIssue(String unitCode, long dossierId, String productName) {
        notifications.notifyRole(Role.WARD_LEADER, unitCode, new Notice("Báo cáo Mẫu 03 chờ ban hành",
                "Báo cáo đánh giá hồ sơ sản phẩm " + productName + " đã soạn xong.",
                "/dossiers/" + dossierId + "/assessment#report"));
    }

    void requestToIssue(String unitCode, int products) {
        notifications.notifyRole(Role.WARD_LEADER, unitCode, new Notice("Văn bản đề nghị gửi tỉnh chờ ban hành",
                "Dự thảo văn bản đề nghị đánh giá, phân hạng " + products + " sản phẩm đã soạn xong.",
                "/province-requests"));
    }
}
