package pilcrow.app;

import java.util.List;
import pilcrow.core.doc.Anchors;
import pilcrow.core.doc.Document;

/** Bookmarks in the reader, as the state machine does them: making one, stepping between them. */
final class Bookmarking {

    private Bookmarking() {
    }

    /** Enter in the note prompt: save a bookmark on the current paragraph (the edge does it). */
    static Next add(AppState state, String note) {
        ReaderState reader = state.reader();
        Document document = reader.document();
        int paragraph = reader.current();
        String path = state.entries().get(reader.entry()).path();
        return Next.of(state, new Effect.AddBookmark(path, Anchors.fingerprint(document), paragraph,
                Anchors.quote(document, paragraph), note.strip()));
    }

    /** {@code ]} and {@code [}: the next or previous bookmarked paragraph of this document. */
    static AppState step(AppState state, boolean forward) {
        ReaderState reader = state.reader();
        List<Integer> marked = state.marksOf(state.entries().get(reader.entry()).path()).stream()
                .map(Mark::paragraph).distinct().sorted().toList();
        if (marked.isEmpty()) {
            return state.withMessage("No bookmarks in this document: m makes one");
        }
        int current = reader.current();
        Integer target = null;
        List<Integer> order = new java.util.ArrayList<>(marked);
        if (!forward) {
            java.util.Collections.reverse(order);
        }
        for (int paragraph : order) {
            if (forward ? paragraph > current : paragraph < current) {
                target = paragraph;
                break;
            }
        }
        if (target == null) {
            return state.withMessage(forward ? "No bookmark after this one" : "No bookmark before this one");
        }
        return App.toParagraph(state, target);
    }
}
