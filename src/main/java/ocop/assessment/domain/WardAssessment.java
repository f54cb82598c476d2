package ocop.assessment.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ocop.dossier.DossierStatus;
import ocop.dossier.WardItem;
import ocop.system.FieldError;
import ocop.system.InvalidInputException;
import ocop.system.VietnameseText;

/**
 * The ward's assessment of a dossier (đánh giá một số nội dung của hồ sơ, Điều 7.2.a; Mẫu 03 mục II): its four items,
 * changed only while the dossier is being assessed at the ward, and complete when every item has findings and a
 * conclusion — then the Mẫu 03 report can be drafted.
 */
public final class WardAssessment {

    public static final int MAX_TEXT = 10_000;

    private final long dossierId;
    private final Map<WardItem, ItemFinding> items = new EnumMap<>(WardItem.class);

    public WardAssessment(long dossierId, List<ItemFinding> stored) {
        this.dossierId = dossierId;
        for (WardItem item : WardItem.values()) {
            items.put(item, ItemFinding.empty(item));
        }
        stored.forEach(f -> items.put(f.item(), f));
    }

    public long dossierId() {
        return dossierId;
    }

    /** The four items in Mẫu 03 order. */
    public List<ItemFinding> items() {
        return List.copyOf(items.values());
    }

    public ItemFinding item(WardItem item) {
        return items.get(item);
    }

    /** Whether the dossier's state lets the ward change its assessment. */
    public static boolean editableIn(DossierStatus status) {
        return status == DossierStatus.WARD_ASSESSMENT;
    }

    /**
     * Applies the officer's input (items not sent stay as they were): texts NFC-normalised and trimmed, at most
     * {@link #MAX_TEXT} characters, conclusions from the configured set. Names every field in error
     * ({@code items[2].conclusion}).
     */
    public void update(List<ItemFinding> input, Conclusions conclusions) {
        List<FieldError> errors = new ArrayList<>();
        List<ItemFinding> clean = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            ItemFinding f = input.get(i);
            String at = "items[" + i + "]";
            if (f == null || f.item() == null) {
                errors.add(new FieldError(at + ".item", "Chọn nội dung đánh giá (1–4)."));
                continue;
            }
            String findings = text(f.findings(), at + ".findings", errors);
            String evidence = text(f.evidenceNote(), at + ".evidenceNote", errors);
            String conclusion = f.conclusion() == null || f.conclusion().isBlank() ? null : f.conclusion().strip();
            if (conclusion != null && !conclusions.contains(conclusion)) {
                List<String> labels = conclusions.options().stream().map(Conclusions.Option::label).toList();
                errors.add(new FieldError(at + ".conclusion",
                        "Kết luận không thuộc danh mục: " + String.join(", ", labels) + "."));
            }
            clean.add(new ItemFinding(f.item(), findings, evidence, conclusion));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        clean.forEach(f -> items.put(f.item(), f));
    }

    /** What is still missing before the report can be drafted, one error per item field. */
    public List<FieldError> missingForReport() {
        List<FieldError> errors = new ArrayList<>();
        for (ItemFinding f : items.values()) {
            String at = "items[" + (f.item().number() - 1) + "]";
            if (f.findings() == null || f.findings().isBlank()) {
                errors.add(new FieldError(at + ".findings", "Nội dung " + f.item().number()
                        + ": chưa nhập nhận xét, đánh giá của phường."));
            }
            if (f.conclusion() == null) {
                errors.add(new FieldError(at + ".conclusion",
                        "Nội dung " + f.item().number() + ": chưa chọn kết luận."));
            }
        }
        return errors;
    }

    public boolean complete() {
        return items.values().stream().allMatch(ItemFinding::complete);
    }

    private static String text(String raw, String field, List<FieldError> errors) {
        String s = VietnameseText.nfc(raw);
        if (s == null || s.isEmpty()) {
            return null;
        }
        if (s.length() > MAX_TEXT) {
            errors.add(new FieldError(field, "Nội dung dài quá " + MAX_TEXT + " ký tự."));
        }
        return s;
    }
}
