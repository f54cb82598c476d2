package ocop.documents.domain;

import java.time.LocalDate;
import ocop.documents.DocumentType;

/**
 * The register of outgoing documents (sổ đăng ký văn bản đi, Nghị định 30/2020/NĐ-CP Điều 15): numbers follow issue
 * order within a calendar year, restart at 01 on 1 January, in one sequence or one per type as the body chose;
 * number + symbol is unique within the year. Numbers are assigned at issue, never at drafting.
 */
public final class OutgoingRegister {

    private OutgoingRegister() {
    }

    /** The key a document of this type issued on this day draws its number from. */
    public static RegisterKey keyFor(IssuingBody body, DocumentType type, LocalDate issuedOn) {
        return new RegisterKey(body.unitCode(), issuedOn.getYear(), body.numberingMode().sequenceKey(type));
    }

    /** Draws the next number for a document of this type issued on this day. */
    public static DocumentNumber assign(IssuingBody body, DocumentType type, LocalDate issuedOn, SequenceCounter counter) {
        int sequence = counter.next(keyFor(body, type, issuedOn));
        return new DocumentNumber(sequence, body.symbolFor(type));
    }
}
