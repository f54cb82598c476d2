package ocop.dossier.domain;

import java.util.Collection;

/**
 * Matching a classification code against listed sectors or groups (ngành, nhóm của Phụ lục I) by whole segments:
 * {@code VI} covers {@code VI} and {@code VI.1} but not {@code V.1}; {@code I.3} covers {@code I.3.d}.
 */
public final class ClassificationGroups {

    private ClassificationGroups() {
    }

    public static boolean inAny(String classificationCode, Collection<String> groups) {
        if (classificationCode == null || groups == null) {
            return false;
        }
        for (String g : groups) {
            if (classificationCode.equals(g) || classificationCode.startsWith(g + ".")) {
                return true;
            }
        }
        return false;
    }

    /** Tourism services (sector VI): no product samples (Điều 6.2.d). */
    public static boolean isTourism(String classificationCode) {
        return inAny(classificationCode, java.util.List.of("VI"));
    }
}
