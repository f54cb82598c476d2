package ocop.inspection.candidates;

import ocop.dossier.DossierStatus;

/**
 * Hồ sơ đang xử lý (a dossier in progress): filed with the ward and not yet decided — received, returned for
 * completion, resubmitted, assessed, reported, at the province or proposed to the ministry. A draft is not filed; a
 * recognised, refused or withdrawn dossier is decided. The same reading as "a re-evaluation is in progress" of
 * Điều 12.3.
 */
public final class DossierProgress {

    private DossierProgress() {
    }

    public static boolean filed(DossierStatus status) {
        return status != DossierStatus.DRAFT && !status.isFinal();
    }
}
