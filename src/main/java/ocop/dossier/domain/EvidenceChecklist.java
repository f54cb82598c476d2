package ocop.dossier.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import ocop.dossier.DossierKind;

/**
 * The evidence list of Mẫu 02 (danh mục tài liệu minh chứng, 15 mục) as data: per item, the kinds of dossier that must
 * include it, whether the paper is time-limited (renewed for a re-evaluation, Điều 6.1.c) and the sectors or groups it
 * does not apply to.
 */
public record EvidenceChecklist(String name, String source, List<Item> items) {

    public EvidenceChecklist {
        items = List.copyOf(items);
    }

    /** One item of the list (mục minh chứng). */
    public record Item(String code, String name, String requirement, Set<DossierKind> required, boolean timeLimited,
                       List<String> excludeGroups) {

        public Item {
            required = required == null || required.isEmpty() ? Set.of() : Set.copyOf(required);
            excludeGroups = excludeGroups == null ? List.of() : List.copyOf(excludeGroups);
        }

        public boolean appliesTo(String classificationCode) {
            return !ClassificationGroups.inAny(classificationCode, excludeGroups);
        }

        public boolean requiredFor(DossierKind kind, String classificationCode) {
            return required.contains(kind) && appliesTo(classificationCode);
        }
    }

    public Optional<Item> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The items that apply to a product of this classification, in the list's order. */
    public List<Item> applicable(String classificationCode) {
        return items.stream().filter(i -> i.appliesTo(classificationCode)).toList();
    }
}
