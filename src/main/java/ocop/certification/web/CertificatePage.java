package ocop.certification.web;

import ocop.certification.internal.notice.RenewalNotices;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import ocop.access.AccessApi;
import ocop.access.CurrentUser;
import ocop.access.Role;
import ocop.certification.CertificateView;
import ocop.certification.CertificationApi;
import ocop.certification.CessationInput;
import ocop.certification.RevocationInput;
import ocop.certification.domain.RevocationGround;
import ocop.certification.domain.WardWording;
import ocop.certification.internal.Renewals;
import ocop.certification.internal.RevocationProposals;
import ocop.system.FormErrors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The page of one certificate (trang giấy chứng nhận) with its forms: renewal, renewal notice, the ward's confirmation
 * that the producer stopped producing (Điều 8.1.đ) and the revocation decision. A form that failed comes back with
 * what was typed and its errors; otherwise the revocation form starts from the ward's issued proposal (ground đ).
 */
@Component
class CertificatePage {

    static final String VIEW = "certification/certificate";

    private final CertificationApi certification;
    private final AccessApi access;
    private final Renewals renewals;
    private final Clock clock;

    CertificatePage(CertificationApi certification, AccessApi access, Renewals renewals, Clock clock) {
        this.certification = certification;
        this.access = access;
        this.renewals = renewals;
        this.clock = clock;
    }

    /** What the forms hold: the one that was posted keeps its input and errors, the others start afresh. */
    record Forms(RevocationInput revocation, Map<String, String> revocationErrors, CessationInput cessation,
                 Map<String, String> cessationErrors) {

        static Forms fresh() {
            return new Forms(null, FormErrors.none(), CessationInput.empty(), FormErrors.none());
        }

        static Forms revocation(RevocationInput input, Map<String, String> errors) {
            return new Forms(input, errors, CessationInput.empty(), FormErrors.none());
        }

        static Forms cessation(CessationInput input, Map<String, String> errors) {
            return new Forms(null, FormErrors.none(), input, errors);
        }
    }

    String show(long id, Forms forms, Model model) {
        CertificateView c = certification.certificate(id).orElseThrow(() -> CertificateApiController.notFound(id));
        CurrentUser me = access.currentUser();
        model.addAttribute("c", c);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("renewal", renewals.view(c));
        model.addAttribute("mayOpenDossier", me.is(Role.PRODUCER, Role.WARD_OFFICER));
        model.addAttribute("mayRevoke", me.is(Role.WARD_OFFICER, Role.PROVINCE_OFFICER, Role.ADMIN));
        model.addAttribute("mayNotify", RenewalNotices.mayDraft(me) && CertificationPages.notifiable(c));
        model.addAttribute("mayConfirmCessation", RevocationProposals.mayConfirm(me)
                && RevocationProposals.confirmable(c));
        model.addAttribute("grounds", RevocationGround.values());
        model.addAttribute("revocation", forms.revocation() != null ? forms.revocation() : prefilled(c));
        model.addAttribute("errors", forms.revocationErrors());
        model.addAttribute("cessation", forms.cessation());
        model.addAttribute("cessationErrors", forms.cessationErrors());
        return VIEW;
    }

    /** The revocation form on the ward's issued proposal: ground đ and the proposal cited in the note. */
    static RevocationInput prefilled(CertificateView c) {
        CertificateView.RevocationProposal p = c.revocationProposal();
        if (p == null || !p.awaitingDecision()) {
            return new RevocationInput(null, null, null, null, null);
        }
        return new RevocationInput(RevocationGround.DD.letter(), null, null, null, "Theo xác nhận và đề nghị thu hồi "
                + "của UBND phường số " + p.number() + " ngày " + WardWording.day(p.issuedOn()) + ".");
    }
}
