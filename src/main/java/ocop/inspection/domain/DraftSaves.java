package ocop.inspection.domain;

import java.util.Objects;

/**
 * Lưu nháp không trùng lặp (idempotent draft saves): the phone's form names its session and counts its saves. A save
 * of the stored session with a count not above the stored one was already applied (a resend after a dropped
 * connection): replay it. A later save of the same session applies. A save of another session (another device, a
 * reloaded page) applies only if it read the visit's current version; otherwise it is stale.
 */
public final class DraftSaves {

    public enum Decision { REPLAY, APPLY, STALE }

    private DraftSaves() {
    }

    public static Decision decide(String storedDraftId, int storedClientVersion, int storedVersion,
                                  String draftId, int clientVersion, Integer readVersion) {
        if (Objects.equals(storedDraftId, draftId)) {
            return clientVersion <= storedClientVersion ? Decision.REPLAY : Decision.APPLY;
        }
        return readVersion != null && readVersion == storedVersion ? Decision.APPLY : Decision.STALE;
    }
}
