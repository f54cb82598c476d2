package ocop.assessment.domain;

/** A product on a meeting's agenda (sản phẩm đưa ra cuộc họp): its dossier, names and Mẫu 01 number. */
public record MeetingProduct(long dossierId, String productName, String producerName, String registrationNo) {
}
