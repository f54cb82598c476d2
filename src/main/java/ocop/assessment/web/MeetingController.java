package ocop.assessment.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ocop.assessment.domain.Conclusions;
import ocop.assessment.internal.AssessmentSettings;
import ocop.assessment.internal.MeetingService;
import ocop.assessment.internal.MeetingView;
import ocop.assessment.internal.OpinionService;
import ocop.assessment.internal.Worklist;
import ocop.documents.DocumentView;
import ocop.dossier.WardItem;
import ocop.system.ConflictException;
import ocop.system.FormErrors;
import ocop.system.InvalidInputException;
import ocop.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the chairman's meetings (họp lấy ý kiến các đơn vị): list, new meeting, opinions, GM and BB drafts. */
@Controller
@RequestMapping("/meetings")
class MeetingController {

    private final MeetingService meetings;
    private final OpinionService opinions;
    private final Worklist worklist;
    private final AssessmentSettings settings;

    MeetingController(MeetingService meetings, OpinionService opinions, Worklist worklist,
                      AssessmentSettings settings) {
        this.meetings = meetings;
        this.opinions = opinions;
        this.worklist = worklist;
        this.settings = settings;
    }

    /** The new-meeting form as typed: units one per line, the time as {@code yyyy-MM-ddTHH:mm}. */
    record MeetingForm(String heldAt, String place, String chair, String units, List<Long> dossierIds) {
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("section", "dossiers");
        model.addAttribute("items", WardItem.values());
        model.addAttribute("conclusions", settings.conclusions().options());
        model.addAttribute("conclusionLabels", settings.conclusions().options().stream()
                .collect(Collectors.toMap(Conclusions.Option::code, Conclusions.Option::label)));
    }

    @GetMapping
    String list(Model model) {
        return listPage(model, new MeetingForm(null, null, null, null, List.of()), FormErrors.none());
    }

    @PostMapping
    String create(@ModelAttribute("form") MeetingForm form, Model model, RedirectAttributes redirect) {
        LocalDateTime at = null;
        try {
            at = form.heldAt() == null || form.heldAt().isBlank() ? null : LocalDateTime.parse(form.heldAt().strip());
        } catch (DateTimeParseException e) {
            return listPage(model, form, Map.of("heldAt", "Thời gian họp không đúng định dạng."));
        }
        List<String> units = form.units() == null ? List.of() : Arrays.stream(form.units().split("\\R")).toList();
        try {
            MeetingView m = meetings.create(new MeetingService.Input(at, form.place(), form.chair(), units,
                    form.dossierIds()));
            redirect.addFlashAttribute("flash", "Đã tạo cuộc họp và soạn dự thảo giấy mời.");
            return "redirect:/meetings/" + m.id();
        } catch (InvalidInputException e) {
            return listPage(model, form, FormErrors.of(e.errors()));
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return detailPage(id, model, FormErrors.none(), null);
    }

    @PostMapping("/{id}/opinions")
    String opinion(@PathVariable long id, @ModelAttribute("opinion") OpinionService.Input input, Model model,
                   RedirectAttributes redirect) {
        try {
            opinions.record(id, input);
        } catch (InvalidInputException e) {
            return detailPage(id, model, FormErrors.of(e.errors()), input);
        }
        redirect.addFlashAttribute("flash", "Đã ghi ý kiến.");
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/{id}/{document}")
    String document(@PathVariable long id, @PathVariable String document, RedirectAttributes redirect) {
        try {
            DocumentView doc = switch (document) {
                case "invitation" -> meetings.invitation(id);
                case "minutes" -> meetings.minutes(id);
                default -> throw new NotFoundException("Không có thao tác " + document + ".");
            };
            redirect.addFlashAttribute("flash", "Đã soạn dự thảo " + doc.type().label().toLowerCase(java.util.Locale.ROOT) + ".");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/meetings/" + id;
    }

    private String listPage(Model model, MeetingForm form, Map<String, String> errors) {
        model.addAttribute("meetings", meetings.list());
        model.addAttribute("w", worklist.groups());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "assessment/meetings";
    }

    private String detailPage(long id, Model model, Map<String, String> errors, OpinionService.Input typed) {
        model.addAttribute("m", meetings.view(id));
        model.addAttribute("errors", errors);
        model.addAttribute("opinion", typed == null
                ? new OpinionService.Input(null, null, null, null, null, null) : typed);
        return "assessment/meeting";
    }
}
