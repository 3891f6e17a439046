package pilcrow.source;

/**
 * How work on a large file is sized, the same for its index and its search: ranges of about
 * {@code rangeSize} bytes (0: chosen from the file's size and the threads) on at most
 * {@code threads} workers, each range mapped {@code window} bytes at a time, and a paragraph too
 * long to show whole cut in {@code pieces}. Small in tests, to put every edge everywhere.
 */
record Tuning(long rangeSize, int threads, long window, Pieces pieces) {

    Tuning {
        threads = Math.max(1, threads);
    }
}
