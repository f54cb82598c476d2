package ocop.system;

import java.util.List;
import java.util.function.Function;

/** One page of a list, counted in the database (trang kết quả). Pages are numbered from 0. */
public record PageSlice<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public <R> PageSlice<R> map(Function<T, R> mapper) {
        return new PageSlice<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** Clamps a requested page size to 1..{@link #MAX_SIZE}. */
    public static int clampSize(Integer requested) {
        if (requested == null || requested < 1) {
            return DEFAULT_SIZE;
        }
        return Math.min(requested, MAX_SIZE);
    }

    public static int clampPage(Integer requested) {
        return requested == null || requested < 0 ? 0 : requested;
    }
}
