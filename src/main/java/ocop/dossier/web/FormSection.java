package ocop.dossier.web;

import java.util.List;
import java.util.function.Predicate;
import ocop.dossier.domain.FormCatalog;

/** A part of Mẫu 02 (phần của báo cáo) with the fields to show in it, for the pages; empty parts are left out. */
record FormSection(String title, List<FormCatalog.Field> fields) {

    static List<FormSection> of(FormCatalog catalog, Predicate<FormCatalog.Field> shown) {
        return catalog.parts().stream().map(p -> new FormSection(p.title(), p.fields().stream().filter(shown).toList()))
                .filter(x -> !x.fields().isEmpty()).toList();
    }
}
