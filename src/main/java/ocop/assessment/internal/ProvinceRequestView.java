package ocop.assessment.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A request to the province (văn bản đề nghị gửi tỉnh) as shown and returned by {@code /api/v1/province-requests}:
 * its document (type, state, number and date once issued), the year and the products it lists with their state.
 */
public record ProvinceRequestView(long id, String documentType, long documentId, String documentStatus,
                                  String number, LocalDate issuedOn, int year, List<Product> products) {

    /** A product of the request: its dossier and where the dossier stands now. */
    public record Product(long dossierId, String productName, String producerName, String status) {
    }

    public boolean issued() {
        return "ISSUED".equals(documentStatus) || "REPLACED".equals(documentStatus);
    }
}
