package ocop.registry.domain;

/** Cấp phân loại sản phẩm OCOP (Phụ lục I): ngành (I, II…), nhóm (1, 2…), phân nhóm (a, b…). */
public enum ClassificationLevel {
    /** Ngành: the Roman-numeral level, e.g. "I. Sản phẩm thực phẩm". */
    SECTOR,
    /** Nhóm: e.g. "I.1 Thực phẩm tươi sống"; a leaf where the decision has no sub-groups. */
    GROUP,
    /** Phân nhóm: e.g. "I.1.a Rau, củ, quả, hạt tươi"; always a leaf. */
    SUBGROUP
}
