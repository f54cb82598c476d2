package ocop.inspection.web.api;

/** Small JSON bodies of the inspection API that the module's input records do not cover. */
final class InspectionApiRequests {

    private InspectionApiRequests() {
    }

    /** The version of a plan as read, to approve or close it ({@code {"version": 3}}). */
    record Version(Integer version) {
    }
}
