package ocop.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import ocop.dossier.DossierEvidence;
import ocop.dossier.internal.EvidenceService;
import ocop.dossier.internal.SnapshotService;
import ocop.system.ConflictException;
import ocop.system.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Evidence on the dossier page (minh chứng) and the page comparing submitted versions (so sánh các lần nộp). */
@Controller
@RequestMapping("/dossiers/{id}")
class DossierEvidenceController {

    private final EvidenceService evidence;
    private final SnapshotService snapshots;
    private final DossierPages pages;

    DossierEvidenceController(EvidenceService evidence, SnapshotService snapshots, DossierPages pages) {
        this.evidence = evidence;
        this.snapshots = snapshots;
        this.pages = pages;
    }

    @PostMapping("/evidence")
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String itemCode, @RequestParam(required = false) String issuer,
                  @RequestParam(required = false) String number,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try {
            DossierEvidence piece = evidence.upload(id, new EvidenceService.Upload(itemCode,
                    file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes(), issuer,
                    number, issuedOn, expiresOn));
            redirect.addFlashAttribute("flash", "Đã tải lên " + piece.fileName() + ".");
            return "redirect:/dossiers/" + id + "#evidence";
        } catch (InvalidInputException | ConflictException e) {
            return pages.refused(id, e, model, response);
        }
    }

    @GetMapping("/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long evidenceId) {
        return Downloads.of(evidence.file(id, evidenceId));
    }

    @PostMapping("/evidence/{evidenceId}/delete")
    String remove(@PathVariable long id, @PathVariable long evidenceId, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            evidence.remove(id, evidenceId);
            redirect.addFlashAttribute("flash", "Đã gỡ tài liệu minh chứng.");
            return "redirect:/dossiers/" + id + "#evidence";
        } catch (ConflictException e) {
            return pages.refused(id, e, model, response);
        }
    }

    @GetMapping("/versions")
    String versions(@PathVariable long id, @RequestParam(required = false) Integer from,
                    @RequestParam(required = false) Integer to, Model model) {
        model.addAttribute("c", snapshots.compare(id, from, to));
        model.addAttribute("dossierId", id);
        model.addAttribute("section", "dossiers");
        return "dossier/versions";
    }
}
