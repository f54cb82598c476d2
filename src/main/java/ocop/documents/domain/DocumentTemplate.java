package ocop.documents.domain;

import ocop.documents.DocumentType;

/**
 * The template of a document type (mẫu trình bày theo loại), kept as data ({@code documents/templates/*.properties}):
 * the printed type name, whether the header has a place-date line, whether the document is addressed ("Kính gửi"),
 * how the subject shows (under the title, or "V/v …" under the number) and the signature layout.
 *
 * @param title      the type name in capitals ("BÁO CÁO"), or {@code null} when the type has none (công văn)
 * @param addressed  whether the addressees go to "Kính gửi" (and "Nơi nhận" starts with "Như trên")
 */
public record DocumentTemplate(DocumentType type, String title, boolean placeDate, boolean addressed,
                               SubjectStyle subjectStyle, SignatureStyle signatureStyle, boolean closingMark) {

    /** Where the subject line (trích yếu) goes. */
    public enum SubjectStyle {
        /** Bold, under the type name, with a short rule below (Mẫu 1.4). */
        UNDER_TITLE,
        /** "V/v …" under the number, 12 pt upright (công văn, Mẫu 1.5). */
        UNDER_NUMBER
    }

    /** The signature block. */
    public enum SignatureStyle {
        /** One signer on the right, "Nơi nhận" on the left. */
        SINGLE,
        /** Minutes (Mẫu 1.9): secretary (THƯ KÝ) on the left, chair (CHỦ TỌA) on the right. */
        MINUTES
    }
}
