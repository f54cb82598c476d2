package ocop.documents.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import ocop.documents.DocumentContent;
import ocop.documents.DocumentDraft;
import ocop.documents.DocumentTable;
import ocop.documents.DocumentType;
import ocop.documents.Section;
import ocop.system.FieldError;
import ocop.system.InvalidInputException;
import ocop.system.VietnameseText;

/**
 * Rules for a draft (kiểm tra dự thảo): a type, a subject line, some content, "Kính gửi" for proposals and công văn,
 * headings at most three deep (I., 1., a)), sane sizes. Returns the content NFC-normalised with blank items
 * dropped, or names every field in error (e.g. {@code sections[1].paragraphs[0]}).
 */
public final class DraftRules {

    public static final int MAX_SUBJECT = 500;
    public static final int MAX_PARAGRAPH = 10_000;
    public static final int MAX_ITEMS = 200;
    public static final int MAX_DEPTH = 3;
    public static final int MAX_COLUMNS = 12;
    public static final int MAX_DISCARD_REASON = 1_000;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cs}\\x{FFFE}\\x{FFFF}]");

    private DraftRules() {
    }

    public static DocumentContent validate(DocumentDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.type() == null) {
            errors.add(new FieldError("type", "Chọn loại văn bản."));
        }
        String subject = text(draft.subject());
        if (subject == null || subject.isEmpty()) {
            errors.add(new FieldError("subject", "Nhập trích yếu nội dung văn bản."));
        } else if (subject.length() > MAX_SUBJECT) {
            errors.add(new FieldError("subject", "Trích yếu dài quá " + MAX_SUBJECT + " ký tự."));
        }
        List<String> recipients = lines(draft.recipients(), "recipients", errors);
        if ((draft.type() == DocumentType.TTr || draft.type() == DocumentType.CV) && recipients.isEmpty()) {
            errors.add(new FieldError("recipients", "Tờ trình và công văn phải ghi nơi nhận ở mục «Kính gửi»."));
        }
        List<String> bases = lines(draft.bases(), "bases", errors);
        List<String> preamble = lines(draft.preamble(), "preamble", errors);
        List<Section> sections = sections(draft.sections(), "sections", 1, errors);
        if (preamble.isEmpty() && sections.stream().noneMatch(DraftRules::hasContent)) {
            errors.add(new FieldError("sections", "Văn bản cần ít nhất một đoạn nội dung."));
        }
        List<String> copyTo = lines(draft.copyTo(), "copyTo", errors);
        String secretary = text(draft.secretary());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new DocumentContent(draft.type(), subject, recipients, bases, preamble, sections, copyTo,
                secretary == null || secretary.isEmpty() ? null : secretary);
    }

    private static List<Section> sections(List<Section> input, String path, int depth, List<FieldError> errors) {
        List<Section> out = new ArrayList<>();
        if (input == null) {
            return out;
        }
        if (input.size() > MAX_ITEMS) {
            errors.add(new FieldError(path, "Quá nhiều mục (tối đa " + MAX_ITEMS + ")."));
            return out;
        }
        for (int i = 0; i < input.size(); i++) {
            Section s = input.get(i);
            String at = path + "[" + i + "]";
            if (s == null) {
                continue;
            }
            String heading = text(s.heading());
            if (depth > MAX_DEPTH && heading != null && !heading.isEmpty()) {
                errors.add(new FieldError(at + ".heading", "Đề mục chỉ chia tối đa ba cấp: I., 1., a)."));
            }
            if (heading != null && heading.length() > MAX_SUBJECT) {
                errors.add(new FieldError(at + ".heading", "Đề mục dài quá " + MAX_SUBJECT + " ký tự."));
            }
            Section clean = new Section(heading == null || heading.isEmpty() ? null : heading,
                    lines(s.paragraphs(), at + ".paragraphs", errors), lines(s.bullets(), at + ".bullets", errors),
                    table(s.table(), at + ".table", errors), sections(s.sections(), at + ".sections", depth + 1, errors));
            if (clean.heading() != null || hasContent(clean)) {
                out.add(clean);
            }
        }
        return out;
    }

    private static DocumentTable table(DocumentTable t, String path, List<FieldError> errors) {
        if (t == null || t.columns() == 0) {
            return null;
        }
        if (t.columns() > MAX_COLUMNS || t.rows().size() > MAX_ITEMS) {
            errors.add(new FieldError(path, "Bảng tối đa " + MAX_COLUMNS + " cột và " + MAX_ITEMS + " dòng."));
            return null;
        }
        if (!t.widths().isEmpty() && (t.widths().size() != t.columns() || t.widths().stream().anyMatch(w -> w == null || w < 1))) {
            errors.add(new FieldError(path + ".widths", "Độ rộng cột phải là số dương, mỗi cột một số."));
        }
        List<List<String>> rows = t.rows().stream().map(r -> r.stream().map(c -> {
            String v = text(c);
            return v == null ? "" : v;
        }).toList()).toList();
        List<String> header = t.header().stream().map(c -> c == null ? "" : text(c)).toList();
        return new DocumentTable(header, rows, t.widths());
    }

    private static List<String> lines(List<String> input, String path, List<FieldError> errors) {
        List<String> out = new ArrayList<>();
        if (input == null) {
            return out;
        }
        if (input.size() > MAX_ITEMS) {
            errors.add(new FieldError(path, "Quá nhiều dòng (tối đa " + MAX_ITEMS + ")."));
            return out;
        }
        for (int i = 0; i < input.size(); i++) {
            String line = text(input.get(i));
            if (line == null || line.isEmpty()) {
                continue;
            }
            if (line.length() > MAX_PARAGRAPH) {
                errors.add(new FieldError(path + "[" + i + "]", "Đoạn văn dài quá " + MAX_PARAGRAPH + " ký tự."));
            }
            out.add(line);
        }
        return out;
    }

    /** NFC, whitespace collapsed, control characters (which no document format can hold) removed. */
    /** The reason a draft is discarded (lý do hủy dự thảo): required, NFC, at most {@value #MAX_DISCARD_REASON}. */
    public static String discardReason(String raw) {
        String reason = text(raw);
        if (reason == null || reason.isEmpty()) {
            throw new InvalidInputException("reason", "Nhập lý do hủy dự thảo.");
        }
        if (reason.length() > MAX_DISCARD_REASON) {
            throw new InvalidInputException("reason", "Lý do hủy dài quá " + MAX_DISCARD_REASON + " ký tự.");
        }
        return reason;
    }

    static String text(String raw) {
        String s = VietnameseText.nfc(raw);
        return s == null ? null : CONTROL.matcher(s).replaceAll("");
    }

    static boolean hasContent(Section s) {
        return !s.paragraphs().isEmpty() || !s.bullets().isEmpty() || s.table() != null
                || s.sections().stream().anyMatch(DraftRules::hasContent);
    }
}
