package ocop.criteria.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import ocop.access.AccessApi;
import ocop.criteria.CriteriaException;
import ocop.criteria.internal.ImportPreview;
import ocop.criteria.internal.SheetCatalog;
import ocop.criteria.internal.SheetImports;
import ocop.criteria.internal.StoredSheet;
import ocop.system.ConflictException;
import ocop.system.InvalidInputException;
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

/**
 * Quản trị bộ tiêu chí (administrators' sheet pages, under /admin: ADMIN only by the security rules): the list of
 * sheets and versions, exports, and the import of a JSON or XLSX file with a preview, then an all-or-nothing commit.
 * The preview carries the sheet read (in the JSON format) to the commit form, which reads and checks it again.
 */
@Controller
@RequestMapping("/admin/criteria-sheets")
class SheetAdminController {

    private final SheetCatalog catalog;
    private final SheetImports imports;
    private final AccessApi access;

    SheetAdminController(SheetCatalog catalog, SheetImports imports, AccessApi access) {
        this.catalog = catalog;
        this.imports = imports;
        this.access = access;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("section", "admin");
        model.addAttribute("sheets", catalog.stored().stream().sorted(Comparator
                .comparing((StoredSheet s) -> s.sheet().code())
                .thenComparing(s -> s.sheet().version(), Comparator.reverseOrder())).toList());
        return "criteria/sheets";
    }

    @PostMapping("/preview")
    String preview(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        model.addAttribute("section", "admin");
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadError", "Hãy chọn một tệp JSON hoặc XLSX để xem trước.");
            return list(model);
        }
        ImportPreview preview = imports.preview(file.getOriginalFilename(), file.getBytes());
        model.addAttribute("preview", preview);
        model.addAttribute("json", preview.committable() ? SheetDownloads.json(preview.sheet()) : null);
        return "criteria/import-preview";
    }

    @PostMapping("/import")
    String commit(@RequestParam String json, @RequestParam(required = false) String fileName,
            @RequestParam(required = false) Integer basedOnVersion, Model model, RedirectAttributes redirect) {
        try {
            ImportPreview stored = imports.commit(fileName, json.getBytes(StandardCharsets.UTF_8), basedOnVersion,
                    true, access.currentUser().username());
            redirect.addFlashAttribute("flash", "Đã nhập bộ tiêu chí " + stored.sheet().code() + " phiên bản "
                    + stored.nextVersion() + ".");
            return "redirect:/admin/criteria-sheets";
        } catch (CriteriaException | InvalidInputException | ConflictException e) {
            model.addAttribute("section", "admin");
            model.addAttribute("preview", imports.preview(fileName, json.getBytes(StandardCharsets.UTF_8)));
            model.addAttribute("json", null);
            model.addAttribute("commitError", e instanceof CriteriaException c ? String.join("; ", c.errors())
                    : e.getMessage());
            return "criteria/import-preview";
        }
    }

    @GetMapping("/{code}/versions/{version}/json")
    ResponseEntity<byte[]> json(@PathVariable String code, @PathVariable int version) {
        return SheetDownloads.jsonDownload(SheetDownloads.find(catalog, code, version));
    }

    @GetMapping("/{code}/versions/{version}/xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String code, @PathVariable int version) {
        return SheetDownloads.xlsx(SheetDownloads.find(catalog, code, version));
    }
}
