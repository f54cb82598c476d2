package ocop.documents.domain;

/**
 * One sequence of the register of outgoing documents (dãy số trong sổ văn bản đi): an issuing body, a calendar
 * year and "ALL" or a type code. A new year is a new key, so numbering restarts at 01 on 1 January.
 */
public record RegisterKey(String unitCode, int year, String sequenceKey) {
}
