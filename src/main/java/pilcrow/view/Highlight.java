package pilcrow.view;

/** Chars {@code from} to {@code to} of a line's text are a match; {@code current} for the current one. */
record Highlight(int from, int to, boolean current) {
}
