package pilcrow.core.doc;

import java.util.Objects;

/**
 * Chars {@code start} to {@code end} (exclusive) of a block's text drawn in {@code style}.
 */
public record StyledSpan(int start, int end, TextStyle style) {

    public StyledSpan {
        Objects.requireNonNull(style);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("an empty or backward span: " + start + "-" + end);
        }
    }
}
