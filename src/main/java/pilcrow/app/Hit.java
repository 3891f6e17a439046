package pilcrow.app;

import pilcrow.core.find.Match;
import pilcrow.core.find.Snippet;

/** A match found by a library search: in which document, where, and the text around it. */
public record Hit(int entry, Match match, Snippet snippet) {
}
