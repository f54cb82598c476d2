package ocop.dossier.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ocop.dossier.DossierKind;

/**
 * The form check (kiểm tra thành phần hồ sơ): what a dossier still lacks before the ward can receive it — required
 * fields of Mẫu 02, the product samples (5, none for tourism), and the required evidence, present and not expired.
 * Each finding names the item (a field code or an evidence code) so a return can give a reason per item.
 */
public final class FormCheck {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Something missing or faulty, for item {@code item}. */
    public record Finding(String item, String message) {
    }

    /** A piece of evidence as the check needs it: its checklist item and expiry date. */
    public record Piece(String itemCode, LocalDate expiresOn) {
    }

    /** What the check needs to know about the dossier. */
    public record Input(DossierKind kind, String classificationCode, Map<String, String> fields, List<Piece> pieces) {
    }

    private final FormCatalog forms;
    private final EvidenceChecklist checklist;
    private final int samplesRequired;

    public FormCheck(FormCatalog forms, EvidenceChecklist checklist, int samplesRequired) {
        this.forms = forms;
        this.checklist = checklist;
        this.samplesRequired = samplesRequired;
    }

    public List<Finding> check(Input in, LocalDate today) {
        List<Finding> out = new ArrayList<>();
        for (FormCatalog.Field f : forms.editable(in.kind(), in.classificationCode())) {
            String value = in.fields().get(f.code());
            if (f.requiredFor(in.kind(), in.classificationCode()) && (value == null || value.isBlank())) {
                out.add(new Finding(f.code(), "Chưa nhập: " + f.label() + "."));
            } else if ("samples.count".equals(f.code()) && value != null && !value.isBlank()) {
                samples(value, out);
            }
        }
        for (EvidenceChecklist.Item item : checklist.applicable(in.classificationCode())) {
            List<Piece> pieces = in.pieces().stream().filter(p -> p.itemCode().equals(item.code())).toList();
            if (pieces.isEmpty()) {
                if (item.requiredFor(in.kind(), in.classificationCode())) {
                    out.add(new Finding(item.code(), "Thiếu minh chứng: " + item.name() + "."));
                }
            } else if (pieces.stream().allMatch(p -> p.expiresOn() != null && p.expiresOn().isBefore(today))) {
                LocalDate last = pieces.stream().map(Piece::expiresOn).max(LocalDate::compareTo).orElseThrow();
                out.add(new Finding(item.code(), "Giấy tờ đã hết hạn ngày " + DATE.format(last) + ": " + item.name()
                        + ". Cần bổ sung bản còn hiệu lực."));
            }
        }
        return out;
    }

    private void samples(String value, List<Finding> out) {
        int count;
        try {
            count = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            out.add(new Finding("samples.count", "Số lượng mẫu sản phẩm phải là một số."));
            return;
        }
        if (count < samplesRequired) {
            out.add(new Finding("samples.count", "Cần " + samplesRequired + " mẫu sản phẩm (Điều 6.2.d), hồ sơ mới ghi "
                    + count + "."));
        }
    }
}
