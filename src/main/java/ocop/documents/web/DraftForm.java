package ocop.documents.web;

import java.util.List;
import ocop.documents.DocumentType;

/**
 * The draft form (biểu mẫu dự thảo): addressees, legal bases, opening and copies one per line; each section a heading and a body
 * where every line is a paragraph, "- …" a bullet, "1. …" a sub-heading and "a) …" a point.
 */
public record DraftForm(DocumentType type, String subject, String recipients, String bases, String preamble,
                        List<SectionForm> sections, String copyTo, String secretary, Long signerId, Integer version,
                        Long replaces) {

    public DraftForm {
        sections = sections == null ? List.of() : sections;
    }

    /** One section of the form: its heading (numbered I., II. when printed) and its body text. */
    public record SectionForm(String heading, String body) {
    }

    static DraftForm empty(DocumentType type) {
        return new DraftForm(type == null ? DocumentType.BC : type, null, null, null, null, List.of(), null, null, null,
                null, null);
    }
}
