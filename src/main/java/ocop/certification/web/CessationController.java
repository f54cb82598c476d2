package ocop.certification.web;

import java.util.List;
import ocop.certification.CertificateView;
import ocop.certification.CessationInput;
import ocop.certification.internal.RevocationProposals;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.FormErrors;
import ocop.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Xác nhận chủ thể không còn sản xuất" on the certificate page (Điều 8.1.đ, 8.4): the ward officer's form drafts the
 * công văn confirming it and proposing the revocation, then opens the draft on the documents pages for the leader to
 * issue; bad input or a conflict comes back on the certificate page, in the form, with what was typed.
 */
@Controller
class CessationController {

    private final RevocationProposals proposals;
    private final CertificatePage page;

    CessationController(RevocationProposals proposals, CertificatePage page) {
        this.proposals = proposals;
        this.page = page;
    }

    @ModelAttribute("section")
    String section() {
        return "certificates";
    }

    @PostMapping("/certificates/{id}/cessation")
    String confirm(@PathVariable long id, @ModelAttribute("cessation") CessationInput input, Model model,
                   RedirectAttributes redirect) {
        try {
            CertificateView.RevocationProposal p = proposals.confirm(id, input);
            redirect.addFlashAttribute("flash", "Đã soạn dự thảo công văn xác nhận chủ thể không còn sản xuất sản phẩm "
                    + "và đề nghị thu hồi giấy chứng nhận. Lãnh đạo UBND phường xem và ban hành tại trang này; thời hạn "
                    + "15 ngày thu hồi tính từ ngày ban hành.");
            return "redirect:/documents/" + p.documentId();
        } catch (InvalidInputException e) {
            return page.show(id, CertificatePage.Forms.cessation(input, FormErrors.of(e.errors())), model);
        } catch (ConflictException e) {
            return page.show(id, CertificatePage.Forms.cessation(input,
                    FormErrors.of(List.of(new FieldError(e.field(), e.getMessage())))), model);
        }
    }
}
