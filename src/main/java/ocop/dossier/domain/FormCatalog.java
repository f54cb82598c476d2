package ocop.dossier.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import ocop.dossier.DossierKind;

/**
 * The fields of forms Mẫu 01 and Mẫu 02 (trường của phiếu đăng ký và báo cáo tự đánh giá) as data, part by part:
 * which are filled from the registry, which the producer types, for which kinds of dossier each shows and is
 * required, and the sectors it does not apply to.
 */
public record FormCatalog(List<Part> parts) {

    public FormCatalog {
        parts = List.copyOf(parts);
    }

    /** How a field is typed. */
    public enum Type { TEXT, TEXTAREA, NUMBER, DATE }

    /** A part of the form (phần), e.g. "Phần II. Kết quả thực hiện phương án…". */
    public record Part(String code, String title, boolean registry, List<Field> fields) {

        public Part {
            fields = List.copyOf(fields);
        }
    }

    /** One field; {@code registry} fields are filled by the application, never typed. */
    public record Field(String code, String label, Type type, boolean registry, Set<DossierKind> kinds,
                        Set<DossierKind> required, List<String> excludeGroups) {

        public Field {
            type = type == null ? Type.TEXT : type;
            kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
            required = required == null ? Set.of() : Set.copyOf(required);
            excludeGroups = excludeGroups == null ? List.of() : List.copyOf(excludeGroups);
        }

        public boolean shownFor(DossierKind kind, String classificationCode) {
            return (kinds.isEmpty() || kinds.contains(kind)) && !ClassificationGroups.inAny(classificationCode, excludeGroups);
        }

        public boolean requiredFor(DossierKind kind, String classificationCode) {
            return required.contains(kind) && shownFor(kind, classificationCode);
        }
    }

    public Optional<Field> field(String code) {
        return parts.stream().flatMap(p -> p.fields().stream()).filter(f -> f.code().equals(code)).findFirst();
    }

    /** The typed fields (not filled from the registry) shown for this kind and classification. */
    public List<Field> editable(DossierKind kind, String classificationCode) {
        return parts.stream().filter(p -> !p.registry()).flatMap(p -> p.fields().stream())
                .filter(f -> !f.registry() && f.shownFor(kind, classificationCode)).toList();
    }

    /** The label of a field code, or the code itself when unknown. */
    public String label(String code) {
        return field(code).map(Field::label).orElse(code);
    }
}
