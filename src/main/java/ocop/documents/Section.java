package ocop.documents;

import java.util.List;

/**
 * A section of the body (mục, phần): an optional heading, then its paragraphs, bullet items ("- …"), an optional
 * table and its sub-sections, in that order. Headings are numbered by depth — "I.", "1.", "a)" — unless the
 * heading already starts with such a label. A section without a heading groups content, so blocks can be
 * interleaved (paragraph, table, paragraph) by listing several of them.
 */
public record Section(String heading, List<String> paragraphs, List<String> bullets, DocumentTable table,
                      List<Section> sections) {

    public Section {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        bullets = bullets == null ? List.of() : List.copyOf(bullets);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** A heading with its paragraphs. */
    public static Section of(String heading, String... paragraphs) {
        return new Section(heading, List.of(paragraphs), null, null, null);
    }

    /** A heading with sub-sections. */
    public static Section of(String heading, List<Section> sections) {
        return new Section(heading, null, null, null, sections);
    }
}
