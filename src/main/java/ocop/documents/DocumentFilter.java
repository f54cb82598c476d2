package ocop.documents;

/**
 * Filter of the register (lọc sổ văn bản): the register year (issued documents of that year, drafts created in
 * it), the type, the status and a subject or number search that ignores diacritics and case.
 */
public record DocumentFilter(Integer year, DocumentType type, DocumentStatus status, String q) {

    public static DocumentFilter all() {
        return new DocumentFilter(null, null, null, null);
    }
}
