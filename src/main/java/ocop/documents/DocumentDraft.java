package ocop.documents;

import java.util.List;

/**
 * Input for a draft (dự thảo), from the API, a form or another module: the content fields of
 * {@link DocumentContent}, the chosen signer (the issuing body's default signer when {@code null}), the issued
 * document it will replace when issued ({@code replaces}), the unit (admins only; others draft for their own
 * unit) and, when revising, the {@code version} read before (a stale version gives 409).
 */
public record DocumentDraft(DocumentType type, String subject, List<String> recipients, List<String> bases,
                            List<String> preamble, List<Section> sections, List<String> copyTo, String secretary,
                            Long signerId, Long replaces, String unitCode, Integer version) {

    /** A draft of the usual shape: type, subject, addressees and sections. */
    public static DocumentDraft of(DocumentType type, String subject, List<String> recipients, List<Section> sections) {
        return new DocumentDraft(type, subject, recipients, null, null, sections, null, null, null, null, null, null);
    }

    public DocumentContent content() {
        return new DocumentContent(type, subject, recipients, bases, preamble, sections, copyTo, secretary);
    }
}
