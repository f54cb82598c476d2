package ocop.dossier;

import java.util.Map;

/**
 * The forms of a dossier as other modules read them (nội dung Mẫu 01, Mẫu 02): every field, code → text, those
 * filled from the registry ({@code m01.*}, {@code reg.*}) and those the producer typed ({@code p1.*}, {@code p2.*},
 * {@code p4.*}, {@code samples.*}, {@code upgrade.changes}, {@code reeval.*}); with each code's label.
 */
public record DossierForms(long dossierId, DossierKind kind, Map<String, String> fields, Map<String, String> labels) {

    public String field(String code) {
        return fields.get(code);
    }
}
