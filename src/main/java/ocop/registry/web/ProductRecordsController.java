package ocop.registry.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import ocop.registry.ProductView;
import ocop.registry.RecognitionLevel;
import ocop.registry.StarRecordInput;
import ocop.registry.internal.ProductRecordsService;
import ocop.registry.internal.ProductRecordsService.Upload;
import ocop.system.FieldError;
import ocop.system.FormErrors;
import ocop.system.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of a product's photos (ảnh sản phẩm) and star history (kết quả công nhận). */
@Controller
@RequestMapping("/products/{id}")
class ProductRecordsController {

    private final ProductRecordsService records;
    private final ProductForms pages;
    private final Clock clock;

    ProductRecordsController(ProductRecordsService records, ProductForms pages, Clock clock) {
        this.records = records;
        this.pages = pages;
        this.clock = clock;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("section", "registry");
    }

    @PostMapping("/photos")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                  Model model, RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            return pages.detail(id, model, FormErrors.of(List.of(new FieldError("file", "Chọn một ảnh để tải lên."))),
                    ProductForms.StarForm.empty());
        }
        try {
            records.addPhoto(id, new Upload(file.getOriginalFilename(), file.getBytes()));
        } catch (InvalidInputException e) {
            return pages.detail(id, model, FormErrors.of(e.errors()), ProductForms.StarForm.empty());
        }
        redirect.addFlashAttribute("flash", "Đã tải ảnh lên.");
        return "redirect:/products/" + id + "#photos";
    }

    @GetMapping("/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
        return ProductForms.photoResponse(records.photo(id, photoId));
    }

    @PostMapping("/stars")
    String recordStars(@PathVariable long id, @ModelAttribute("starForm") ProductForms.StarForm form, Model model,
                       RedirectAttributes redirect) {
        List<FieldError> errors = new ArrayList<>();
        Integer stars = parse(form.stars(), "stars", "Chọn hạng sao từ 1 đến 5.", errors, Integer::valueOf);
        BigDecimal score = parse(form.score(), "score", "Điểm phải là số, ví dụ 78,5.", errors,
                s -> new BigDecimal(s.replace(',', '.')));
        LocalDate date = parse(form.decisionDate(), "decisionDate", "Ngày quyết định không đúng định dạng.", errors,
                LocalDate::parse);
        RecognitionLevel level = parse(form.level(), "level", "Chọn cấp công nhận.", errors, RecognitionLevel::valueOf);
        StarRecordInput input = new StarRecordInput(stars, score, form.decisionNo(), date, level, form.note());
        try {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(withRuleErrors(errors, input));
            }
            ProductView saved = records.addStarRecord(id, input);
            redirect.addFlashAttribute("flash", "Đã ghi nhận kết quả công nhận " + stars + "★ cho " + saved.name() + ".");
            return "redirect:/products/" + id + "#stars";
        } catch (InvalidInputException e) {
            return pages.detail(id, model, FormErrors.of(e.errors()), form);
        }
    }

    /** Unreadable fields first, then what the rules say about the rest, so every problem shows at once. */
    private List<FieldError> withRuleErrors(List<FieldError> unreadable, StarRecordInput input) {
        List<FieldError> all = new ArrayList<>(unreadable);
        try {
            input.validated(LocalDate.now(clock));
        } catch (InvalidInputException e) {
            e.errors().stream().filter(f -> unreadable.stream().noneMatch(u -> u.field().equals(f.field())))
                    .forEach(all::add);
        }
        return all;
    }

    private static <T> T parse(String text, String field, String message, List<FieldError> errors,
                               java.util.function.Function<String, T> parser) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.trim());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(new FieldError(field, message));
            return null;
        }
    }
}
