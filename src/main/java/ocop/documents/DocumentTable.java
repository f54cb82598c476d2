package ocop.documents;

import java.util.List;

/**
 * A table in the body (bảng): a header row and data rows of plain text. {@code widths} are optional relative
 * column widths (e.g. {@code [1, 6, 3]}); without them the columns share the width equally.
 */
public record DocumentTable(List<String> header, List<List<String>> rows, List<Integer> widths) {

    public DocumentTable {
        header = header == null ? List.of() : List.copyOf(header);
        rows = rows == null ? List.of() : rows.stream().map(r -> r == null ? List.<String>of() : List.copyOf(r)).toList();
        widths = widths == null ? List.of() : List.copyOf(widths);
    }

    public static DocumentTable of(List<String> header, List<List<String>> rows) {
        return new DocumentTable(header, rows, null);
    }

    /** The number of columns: the header's, or the widest row's. */
    public int columns() {
        int max = header.size();
        for (List<String> row : rows) {
            max = Math.max(max, row.size());
        }
        return max;
    }
}
