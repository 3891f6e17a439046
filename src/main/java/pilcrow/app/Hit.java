package pilcrow.app;

import pilcrow.core.find.Match;
import pilcrow.core.find.Snippet;

/**
 * A match found by a library search: in which document, where, and the text around it.
 *
 * @param words the length in words of the paragraph it is in, for the ranked order; 0 when not
 *              known (a large document's line)
 */
public record Hit(int entry, Match match, Snippet snippet, int words) {

    public Hit(int entry, Match match, Snippet snippet) {
        this(entry, match, snippet, 0);
    }
}
