package ocop.documents;

import java.util.List;

/**
 * The structured content of a document (nội dung văn bản), as drafted and as frozen at issue: the type, the
 * subject line (trích yếu), the addressees ("Kính gửi" for reports and proposals sent upward and for công văn,
 * otherwise the first lines of "Nơi nhận"), legal bases (căn cứ, italic), opening paragraphs, the sections, further
 * recipients of copies, and for minutes the secretary's name. Text is NFC-normalised before it is stored.
 */
public record DocumentContent(DocumentType type, String subject, List<String> recipients, List<String> bases,
                              List<String> preamble, List<Section> sections, List<String> copyTo, String secretary) {

    public DocumentContent {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        bases = bases == null ? List.of() : List.copyOf(bases);
        preamble = preamble == null ? List.of() : List.copyOf(preamble);
        sections = sections == null ? List.of() : List.copyOf(sections);
        copyTo = copyTo == null ? List.of() : List.copyOf(copyTo);
    }
}
