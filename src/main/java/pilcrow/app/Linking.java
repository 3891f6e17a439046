package pilcrow.app;

import java.util.List;
import java.util.Optional;
import pilcrow.core.doc.LinkTarget;
import pilcrow.core.model.Heading;
import pilcrow.core.model.Outline;
import pilcrow.core.text.Sanitizer;
import pilcrow.library.LibraryDocument;

/**
 * Links in the reader, as the state machine follows them: {@code l} and {@code L} select the next
 * and previous link (scrolling it into view), Enter follows the selected one. An {@code #anchor}
 * goes to its heading, a relative path opens that document of the library (so under serve nothing
 * outside the served roots), an external URL is only shown: pilcrow never opens one.
 */
final class Linking {

    private Linking() {
    }

    /** {@code l} / {@code L}: the next or previous link on screen, else the nearest beyond it, scrolled into view. */
    static AppState step(Reading reading, AppState state, boolean forward) {
        ReaderState reader = state.reader();
        int rows = Math.max(1, state.geometry().bodyRows());
        int bottom = reader.top() + rows;
        List<LinkSpot> shown = LinkSpot.on(reader, reader.top(), bottom);
        int at = indexOf(shown, reader.link());
        int wanted = at < 0 ? (forward ? 0 : shown.size() - 1) : at + (forward ? 1 : -1);
        if (wanted >= 0 && wanted < shown.size()) {
            return selected(state, shown.get(wanted));
        }
        Optional<LinkSpot> beyond = forward
                ? LinkSpot.on(reader, bottom, reader.lines().size()).stream().filter(s -> s.line() >= bottom).findFirst()
                : LinkSpot.on(reader, 0, reader.top()).stream().filter(s -> s.line() < reader.top())
                        .reduce((first, second) -> second);
        if (beyond.isEmpty()) {
            boolean none = shown.isEmpty() && LinkSpot.on(reader, 0, reader.lines().size()).isEmpty();
            return state.withMessage(none ? "No links in this document"
                    : forward ? "No link after this one" : "No link before this one");
        }
        LinkSpot spot = beyond.get();
        AppState scrolled = reading.scroll(state, forward ? spot.line() - rows + 1 : spot.line());
        return selected(scrolled, spot);
    }

    /**
     * Enter: follows the selected link while it is on screen. A document beside this one that the
     * library does not list is opened through the edge ({@link Effect.OpenPath}) and joins the list.
     */
    static Next follow(Reading reading, AppState state) {
        ReaderState reader = state.reader();
        LinkSpot spot = reader.link();
        List<LinkSpot> shown = LinkSpot.on(reader, reader.top(), reader.top() + state.geometry().bodyRows());
        if (indexOf(shown, spot) < 0) {
            return Next.of(state.withMessage("No link selected: l selects the next one on screen, L the previous"));
        }
        AppState unselected = state.withReader(reader.withLink(null));
        LinkTarget target = LinkTarget.of(spot.link().target());
        return switch (target.kind()) {
            case ANCHOR -> Next.of(toAnchor(reading, unselected, target.anchor()));
            case EXTERNAL -> Next.of(state.withMessage("Not opened (pilcrow opens no URLs): "
                    + Sanitizer.line(spot.link().target())));
            case DOCUMENT -> toDocument(reading, unselected, target, spot.link().target());
        };
    }

    private static AppState selected(AppState state, LinkSpot spot) {
        return state.withReader(state.reader().withLink(spot))
                .withMessage("Link: " + Sanitizer.line(spot.link().target()) + "  (Enter follows)");
    }

    private static int indexOf(List<LinkSpot> spots, LinkSpot wanted) {
        for (int i = 0; i < spots.size(); i++) {
            if (spots.get(i).sameLink(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** The heading {@code anchor} names, at the top. */
    static AppState toAnchor(Reading reading, AppState state, String anchor) {
        Outline outline = Outlining.of(state.reader());
        if (!outline.known()) {
            return state.withMessage(OutlineScreen.NOT_KNOWN);
        }
        Optional<Heading> heading = outline.anchored(anchor);
        return heading.isPresent() ? reading.toParagraph(state, heading.get().number())
                : state.withMessage("No heading #" + Sanitizer.line(anchor) + " in this document");
    }

    /**
     * A relative link: the library's document at that path beside this one, at its anchor or its
     * start; a file the library does not list is asked of the edge, which reads it (under serve only
     * inside the served folders) and answers with {@link Msg.PathOpened}.
     */
    private static Next toDocument(Reading reading, AppState state, LinkTarget target, String written) {
        LibraryDocument here = state.entries().get(state.reader().entry());
        int entry = -1;
        for (int i = 0; i < state.entries().size() && entry < 0; i++) {
            entry = target.names(here.path(), state.entries().get(i).path()) ? i : -1;
        }
        if (entry < 0) {
            Optional<String> beside = here.piped() ? Optional.empty() : target.resolvedFrom(here.path());
            return beside.isEmpty() ? Next.of(state.withMessage("Not in the library: " + Sanitizer.line(written)))
                    : Next.of(state, new Effect.OpenPath(beside.get(), null, target.anchor(), null));
        }
        AppState opened = reading.open(state, entry, false);
        if (opened.reader() == null || opened.reader().entry() != entry) {
            return Next.of(opened); // it cannot be opened: the message says why
        }
        return Next.of(target.anchor().isEmpty() ? reading.top(opened) : toAnchor(reading, opened, target.anchor()));
    }
}
