package pilcrow.core.doc;

import java.util.Objects;

/**
 * A link in a block's text: the link text is {@code text.substring(start, end)}, in the flow of
 * the paragraph, and {@code target} where it points (a URL, a relative path, an {@code #anchor}),
 * sanitized, as written.
 */
public record Link(int start, int end, String target) {

    public Link {
        Objects.requireNonNull(target);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("a link spans [" + start + ", " + end + ")");
        }
    }
}
