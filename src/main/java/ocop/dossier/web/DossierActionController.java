package ocop.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ocop.dossier.DossierAction;
import ocop.dossier.DossierSummary;
import ocop.dossier.ResultInput;
import ocop.dossier.ReturnReason;
import ocop.dossier.internal.ResultService;
import ocop.dossier.internal.TransitionService;
import ocop.system.ConflictException;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons of the dossier page (thao tác với hồ sơ): a move of the state machine, a return with a reason per item,
 * and the province's result. A refused move shows the page again with the reasons (400) or the conflict (409).
 */
@Controller
@RequestMapping("/dossiers/{id}")
class DossierActionController {

    private final TransitionService transitions;
    private final ResultService results;
    private final DossierPages pages;

    DossierActionController(TransitionService transitions, ResultService results, DossierPages pages) {
        this.transitions = transitions;
        this.results = results;
        this.pages = pages;
    }

    @PostMapping("/actions/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) Integer version,
               @RequestParam(required = false) String note, Model model, HttpServletResponse response,
               RedirectAttributes redirect) {
        DossierAction a = DossierAction.ofSlug(action)
                .orElseThrow(() -> new NotFoundException("Không có thao tác \"" + action + "\" với hồ sơ."));
        try {
            DossierSummary s = transitions.apply(id, a, note, List.of(), version);
            redirect.addFlashAttribute("flash", "Đã thực hiện. Hồ sơ chuyển sang trạng thái mới" 
                    + (s.registrationNo() == null ? "." : "; số phiếu " + s.registrationNo() + "."));
            return "redirect:/dossiers/" + id;
        } catch (InvalidInputException | ConflictException e) {
            return pages.refused(id, e, model, response);
        }
    }

    /** Return with reasons: parallel lists {@code item} and {@code reason} (blank reasons are skipped). */
    @PostMapping("/return")
    String returnDossier(@PathVariable long id, @RequestParam(required = false) Integer version,
                         @RequestParam(name = "item", required = false) List<String> items,
                         @RequestParam(name = "reason", required = false) List<String> reasons,
                         @RequestParam(required = false) String note, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        List<ReturnReason> list = new ArrayList<>();
        if (items != null && reasons != null) {
            for (int i = 0; i < Math.min(items.size(), reasons.size()); i++) {
                list.add(new ReturnReason(items.get(i), reasons.get(i)));
            }
        }
        try {
            transitions.apply(id, DossierAction.RETURN, note, list, version);
            redirect.addFlashAttribute("flash", "Đã trả lại hồ sơ để chủ thể bổ sung; chủ thể đã được thông báo.");
            return "redirect:/dossiers/" + id;
        } catch (InvalidInputException | ConflictException e) {
            return pages.refused(id, e, model, response);
        }
    }

    @PostMapping("/result")
    String result(@PathVariable long id, @RequestParam(required = false) BigDecimal score,
                  @RequestParam(required = false) Integer stars, @RequestParam(required = false) String decisionNo,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
                  @RequestParam(required = false) String certificateNo,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate certificateIssuedOn,
                  @RequestParam(defaultValue = "false") boolean refused, @RequestParam(required = false) String note,
                  @RequestParam(required = false) Integer version, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            results.record(id, new ResultInput(score, stars, decisionNo, decisionDate, certificateNo,
                    certificateIssuedOn, refused, note, version));
            redirect.addFlashAttribute("flash", "Đã ghi nhận kết quả đánh giá của tỉnh.");
            return "redirect:/dossiers/" + id;
        } catch (InvalidInputException | ConflictException e) {
            return pages.refused(id, e, model, response);
        }
    }
}
