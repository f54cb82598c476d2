package ocop.inspection;

/**
 * One row of a candidate list (dòng danh sách rà soát): always a product and its producer, with the producer's khu
 * phố and a note; the three record kinds add what their list is about. An inspection plan seeded from a list keeps
 * {@link #productId()} and {@link #producerId()}.
 */
public sealed interface Candidate permits CandidateReady, CandidateUpgrade, CandidateAtRisk {

    CandidateKind kind();

    long productId();

    String productName();

    long producerId();

    String producerName();

    /** The commune-level unit of the product. */
    String unitCode();

    /** The producer's khu phố (neighbourhood), or null when not recorded. */
    String neighbourhood();

    /** A short Vietnamese remark (e.g. a dossier opened but not filed), or null. */
    String note();
}
