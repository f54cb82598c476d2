package ocop.dossier.web;

import java.util.List;
import java.util.Map;
import ocop.dossier.ReturnReason;

/** JSON bodies of the dossier API (thân yêu cầu), with the version read before for optimistic locking. */
final class DossierRequests {

    private DossierRequests() {
    }

    /** A move: the version read, a note, and for {@code return} the reasons per item. */
    record Action(Integer version, String note, List<ReturnReason> reasons) {
    }

    /** Typed fields of Mẫu 02 to save (only those given), code → text. */
    record Forms(Integer version, Map<String, String> fields) {
    }

    /** A decision of the cycle or the closing of a flag: a note (the reasons when returning) and the version read. */
    record Decision(String note, Integer version) {
    }

    /** A business plan: its summary (files are uploaded from the page). */
    record Plan(String summary, Integer version) {
    }
}
