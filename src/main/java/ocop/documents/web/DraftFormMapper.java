package ocop.documents.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import ocop.documents.DocumentContent;
import ocop.documents.DocumentDraft;
import ocop.documents.DocumentView;
import ocop.documents.Section;
import ocop.documents.domain.SectionNumbering;
import ocop.documents.web.DraftForm.SectionForm;

/**
 * Between the draft form and the structured content (chuyển biểu mẫu ⇄ nội dung): a section's body lines become
 * paragraphs, "- …" bullets, "1. …" sub-headings and "a) …" points, kept in the order typed.
 */
final class DraftFormMapper {

    private static final Pattern ITEM = Pattern.compile("^\\d+\\.\\s+.+");
    private static final Pattern POINT = Pattern.compile("^[a-zđ]\\)\\s+.+");
    private static final Pattern BULLET = Pattern.compile("^[-+•]\\s*(.+)");

    private DraftFormMapper() {
    }

    static DocumentDraft toDraft(DraftForm f) {
        List<Section> sections = new ArrayList<>();
        for (SectionForm s : f.sections()) {
            if (s == null || blank(s.heading()) && blank(s.body())) {
                continue;
            }
            sections.add(new Section(blank(s.heading()) ? null : s.heading(), null, null, null, parse(s.body())));
        }
        return new DocumentDraft(f.type(), f.subject(), lines(f.recipients()), lines(f.bases()), lines(f.preamble()),
                sections, lines(f.copyTo()), f.secretary(), f.signerId(), f.replaces(), null, f.version());
    }

    /** The body of one section: runs of paragraphs or bullets, and sub-headings holding their own runs. */
    static List<Section> parse(String body) {
        Node top = new Node(null);
        Node item = null;
        Node point = null;
        for (String raw : lines(body)) {
            if (ITEM.matcher(raw).matches()) {
                item = top.add(new Node(raw));
                point = null;
            } else if (POINT.matcher(raw).matches()) {
                point = (item != null ? item : top).add(new Node(raw));
            } else {
                var bullet = BULLET.matcher(raw);
                (point != null ? point : item != null ? item : top).text(bullet.matches() ? bullet.group(1) : raw,
                        bullet.matches());
            }
        }
        return top.children();
    }

    /** A heading being parsed with its content so far: runs of lines and sub-headings, in order. */
    private static final class Node {
        final String heading;
        final List<Object> items = new ArrayList<>();

        Node(String heading) {
            this.heading = heading;
        }

        Node add(Node child) {
            items.add(child);
            return child;
        }

        /** Appends a line to the last run of the same kind, or starts a new run. */
        void text(String line, boolean bullet) {
            Object last = items.isEmpty() ? null : items.get(items.size() - 1);
            if (last instanceof Run run && run.bullet == bullet) {
                run.lines.add(line);
            } else {
                Run run = new Run(bullet);
                run.lines.add(line);
                items.add(run);
            }
        }

        List<Section> children() {
            return items.stream().map(i -> i instanceof Node n ? n.section() : ((Run) i).section()).toList();
        }

        Section section() {
            return new Section(heading, null, null, null, children());
        }
    }

    private static final class Run {
        final boolean bullet;
        final List<String> lines = new ArrayList<>();

        Run(boolean bullet) {
            this.bullet = bullet;
        }

        Section section() {
            return bullet ? new Section(null, null, lines, null, null) : new Section(null, lines, null, null, null);
        }
    }

    static DraftForm toForm(DocumentView v) {
        DocumentContent c = v.content();
        List<SectionForm> sections = c.sections().stream()
                .map(s -> new SectionForm(s.heading(), String.join("\n", flatten(s.paragraphs(), s.bullets(), s.sections(), 2))))
                .toList();
        return new DraftForm(c.type(), c.subject(), String.join("\n", c.recipients()), String.join("\n", c.bases()),
                String.join("\n", c.preamble()), sections, String.join("\n", c.copyTo()), c.secretary(), v.signerId(),
                v.version(), v.replacesId());
    }

    private static List<String> flatten(List<String> paragraphs, List<String> bullets, List<Section> sections, int depth) {
        List<String> out = new ArrayList<>(paragraphs);
        bullets.forEach(b -> out.add("- " + b));
        int n = 0;
        for (Section s : sections) {
            if (s.heading() != null) {
                n++;
                out.add(SectionNumbering.alreadyLabelled(s.heading()) ? s.heading()
                        : SectionNumbering.label(Math.min(depth, 3), n) + " " + s.heading());
            }
            out.addAll(flatten(s.paragraphs(), s.bullets(), s.sections(), depth + 1));
        }
        return out;
    }

    /** Whether the form can show everything of this content (tables are edited through the API only). */
    static boolean editableInForm(DocumentContent c) {
        return c.sections().stream().allMatch(DraftFormMapper::noTable);
    }

    private static boolean noTable(Section s) {
        return s.table() == null && s.sections().stream().allMatch(DraftFormMapper::noTable);
    }

    static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
