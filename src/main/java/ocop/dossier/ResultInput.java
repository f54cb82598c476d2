package ocop.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The province's (or ministry's) result as recorded on a dossier (kết quả đánh giá, phân hạng, Điều 7.3): the council's
 * score, the stars, the recognition decision's number and date, the certificate's number and issue date (the decision
 * date when omitted), an explicit refusal, a note, and the dossier version the recorder read (null: no check).
 */
public record ResultInput(BigDecimal score, Integer stars, String decisionNo, LocalDate decisionDate,
                          String certificateNo, LocalDate certificateIssuedOn, Boolean refused, String note,
                          Integer version) {

    public boolean isRefusal() {
        return Boolean.TRUE.equals(refused);
    }
}
