package io.vipgate.application.dashboard.port.in;

import java.util.List;
import java.util.Objects;

/** One page of a list the dashboard shows; {@code page} counts from 1. */
public record Page<T>(List<T> rows, int page, int pageCount, long total) {

    public Page {
        Objects.requireNonNull(rows, "rows");
        rows = List.copyOf(rows);
    }

    public static <T> Page<T> of(List<T> rows, int page, int pageSize, long total) {
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        return new Page<>(rows, page, pages, total);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount;
    }

    public int previousPage() {
        return Math.max(1, page - 1);
    }

    public int nextPage() {
        return Math.min(pageCount, page + 1);
    }
}
