package ocop.criteria;

import java.util.List;

/**
 * Phần (part): A "Sản phẩm và sức mạnh cộng đồng" (40), B "Khả năng tiếp thị" (25), C "Chất lượng sản phẩm" (35).
 *
 * @param code A, B or C
 */
public record SheetPart(String code, String name, int max, List<SheetSection> sections) {
}
