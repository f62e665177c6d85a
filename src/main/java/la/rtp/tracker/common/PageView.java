package la.rtp.tracker.common;

import java.util.List;
import java.util.function.Function;

/** A page of a list: {@code {items, page, size, total}}. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    /**
     * Deepest first row a page may start at. Beyond it the offset {@code page * size} would
     * overflow an int inside Panache (a 500), and no list here is anywhere near that long.
     */
    public static final long MAX_OFFSET = 10_000_000;

    public <R> PageView<R> map(Function<T, R> f) {
        return new PageView<>(items.stream().map(f).toList(), page, size, total);
    }

    /** Validates and normalises {@code page} (0-based) and {@code size} query parameters. */
    public static io.quarkus.panache.common.Page page(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw new Problems.BadRequest("page", "page must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new Problems.BadRequest("size", "size must be between 1 and " + MAX_SIZE);
        }
        if ((long) p * s > MAX_OFFSET) {
            throw new Problems.BadRequest("page", "page times size must be at most " + MAX_OFFSET);
        }
        return io.quarkus.panache.common.Page.of(p, s);
    }
}
