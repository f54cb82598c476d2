package ocop.access.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import ocop.access.AdministrativeUnit;
import ocop.access.internal.AdminUnitSearch;
import ocop.access.internal.AdminUnitCsvImporter;
import ocop.access.internal.AdminUnitImportReport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Quản trị danh mục đơn vị hành chính (admin: units): search and page through the list, and upload an updated
 * list as CSV in two steps — a preview with the counts and every error, then "Nhập" to commit it all-or-nothing.
 * The uploaded file waits in the session between the two steps. /admin/** is for ADMIN only.
 */
@Controller
@RequestMapping("/admin/units")
class UnitAdminController {

    static final String PENDING = "access.pendingUnitImport";

    private final AdminUnitSearch units;
    private final AdminUnitCsvImporter importer;

    UnitAdminController(AdminUnitSearch units, AdminUnitCsvImporter importer) {
        this.units = units;
        this.importer = importer;
    }

    /** The uploaded file between preview and commit. */
    record PendingImport(byte[] content, String filename, LocalDate validFrom, String source) implements Serializable {
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String province,
                @RequestParam(required = false) AdministrativeUnit.Level level,
                @RequestParam(required = false) Integer page, Model model, HttpServletResponse response,
                @RequestHeader(name = "HX-Request", required = false) boolean htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) boolean restore) {
        response.setHeader("Vary", "HX-Request");
        fill(model, q, province, level, page);
        if (htmx && !restore) {
            return "access/units :: rows";
        }
        return "access/units";
    }

    private void fill(Model model, String q, String province, AdministrativeUnit.Level level, Integer page) {
        model.addAttribute("units", units.search(q, province, level, null, page, 50));
        model.addAttribute("q", q);
        model.addAttribute("province", province);
        model.addAttribute("level", level);
        model.addAttribute("section", "admin");
        model.addAttribute("provinces", units.provinces(null));
        model.addAttribute("today", units.today());
    }

    @PostMapping("/import")
    String preview(@RequestParam(required = false) MultipartFile file,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                   @RequestParam(required = false) String source, HttpSession session, Model model) throws IOException {
        session.removeAttribute(PENDING);
        if (file == null || file.isEmpty() || validFrom == null || source == null || source.isBlank()) {
            model.addAttribute("importError", file == null || file.isEmpty() ? "Hãy chọn tệp CSV để tải lên."
                    : validFrom == null ? "Hãy nhập ngày hiệu lực của danh mục." : "Hãy ghi căn cứ (văn bản) của danh mục.");
            model.addAttribute("validFrom", validFrom);
            model.addAttribute("source", source);
            fill(model, null, null, null, null);
            return "access/units";
        }
        byte[] content = file.getBytes();
        AdminUnitImportReport report = importer.preview(new ByteArrayInputStream(content), validFrom, source.trim());
        if (report.ok()) {
            session.setAttribute(PENDING, new PendingImport(content, file.getOriginalFilename(), validFrom, source.trim()));
        }
        model.addAttribute("report", report);
        model.addAttribute("filename", file.getOriginalFilename());
        model.addAttribute("validFrom", validFrom);
        model.addAttribute("source", source);
        fill(model, null, null, null, null);
        return "access/units";
    }

    @PostMapping("/import/commit")
    String commit(HttpSession session, RedirectAttributes redirect) {
        if (!(session.getAttribute(PENDING) instanceof PendingImport pending)) {
            redirect.addFlashAttribute("importError", "Không còn tệp chờ nhập. Hãy tải tệp lên và xem trước lại.");
            return "redirect:/admin/units";
        }
        session.removeAttribute(PENDING);
        AdminUnitImportReport report = importer.importCsv(new ByteArrayInputStream(pending.content()),
                pending.validFrom(), pending.source());
        redirect.addFlashAttribute("report", report);
        redirect.addFlashAttribute("filename", pending.filename());
        return "redirect:/admin/units";
    }

    @PostMapping("/import/cancel")
    String cancel(HttpSession session) {
        session.removeAttribute(PENDING);
        return "redirect:/admin/units";
    }
}
