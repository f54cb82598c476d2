package ocop.inspection.internal.candidates;

import ocop.dossier.DossierKind;

/** Tên loại hồ sơ như người dùng nói (the dossier kinds in the words of the dossier pages). */
final class Labels {

    private Labels() {
    }

    static String kind(DossierKind kind) {
        return switch (kind) {
            case FIRST -> "đánh giá lần đầu";
            case UPGRADE -> "nâng hạng";
            case REEVALUATION -> "đánh giá, phân hạng lại";
        };
    }
}
