package ocop.documents.domain;

import ocop.documents.DocumentType;

/**
 * How an issuing body numbers its outgoing documents (cách đánh số văn bản đi), chosen by its head (Nghị định
 * 30/2020/NĐ-CP Điều 15): one sequence for every type, or one per type.
 */
public enum NumberingMode {

    /** Một dãy số chung cho mọi loại văn bản. */
    SHARED("Một dãy số chung cho mọi loại văn bản"),
    /** Mỗi loại văn bản một dãy số riêng. */
    PER_TYPE("Mỗi loại văn bản một dãy số riêng");

    private final String label;

    NumberingMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The sequence a document of this type draws from: "ALL", or the type's code. */
    public String sequenceKey(DocumentType type) {
        return this == SHARED ? "ALL" : type.name();
    }
}
