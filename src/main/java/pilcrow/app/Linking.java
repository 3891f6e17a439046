package pilcrow.app;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import pilcrow.core.model.Heading;
import pilcrow.core.model.Outline;
import pilcrow.core.text.Sanitizer;

/**
 * Links in the reader, as the state machine follows them: {@code l} and {@code L} select the next
 * and previous link (scrolling it into view), Enter follows the selected one. An {@code #anchor}
 * goes to its heading, a relative path opens that document of the library (so under serve nothing
 * outside the served roots), an external URL is only shown: pilcrow never opens one.
 */
final class Linking {

    /** A URL with a scheme ({@code https:}, {@code mailto:}): shown, never opened. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

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

    /** Enter: follows the selected link while it is on screen. */
    static AppState follow(Reading reading, AppState state) {
        ReaderState reader = state.reader();
        LinkSpot spot = reader.link();
        List<LinkSpot> shown = LinkSpot.on(reader, reader.top(), reader.top() + state.geometry().bodyRows());
        if (indexOf(shown, spot) < 0) {
            return state.withMessage("No link selected: l selects the next one on screen, L the previous");
        }
        AppState unselected = state.withReader(reader.withLink(null));
        String target = spot.link().target();
        if (target.startsWith("#")) {
            return toAnchor(reading, unselected, decoded(target.substring(1)));
        }
        if (SCHEME.matcher(target).find()) {
            return state.withMessage("Not opened (pilcrow opens no URLs): " + Sanitizer.line(target));
        }
        return toDocument(reading, unselected, target);
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
    private static AppState toAnchor(Reading reading, AppState state, String anchor) {
        Outline outline = Outlining.of(state.reader());
        if (!outline.known()) {
            return state.withMessage(OutlineScreen.NOT_KNOWN);
        }
        Optional<Heading> heading = outline.anchored(anchor);
        return heading.isPresent() ? reading.toParagraph(state, heading.get().number())
                : state.withMessage("No heading #" + Sanitizer.line(anchor) + " in this document");
    }

    /** A relative link: the library's document at that path beside this one, at its anchor or its start. */
    private static AppState toDocument(Reading reading, AppState state, String target) {
        int hash = target.indexOf('#');
        String path = decoded((hash < 0 ? target : target.substring(0, hash)).replaceFirst("\\?.*", ""));
        String anchor = hash < 0 ? "" : decoded(target.substring(hash + 1));
        int entry = entryBeside(state, path);
        if (entry < 0) {
            return state.withMessage("Not in the library: " + Sanitizer.line(target));
        }
        AppState opened = reading.open(state, entry, false);
        if (opened.reader() == null || opened.reader().entry() != entry) {
            return opened; // it cannot be opened: the message says why
        }
        return anchor.isEmpty() ? reading.top(opened) : toAnchor(reading, opened, anchor);
    }

    /** The library's row for {@code path} taken beside the open document, or -1. */
    private static int entryBeside(AppState state, String path) {
        try {
            Path here = Path.of(state.entries().get(state.reader().entry()).path());
            Path wanted = here.resolveSibling(path).normalize();
            for (int i = 0; i < state.entries().size(); i++) {
                if (Path.of(state.entries().get(i).path()).normalize().equals(wanted)) {
                    return i;
                }
            }
        } catch (InvalidPathException e) {
            return -1; // a name no file can have is in no library
        }
        return -1;
    }

    /** {@code %20} and the like decoded, as a browser does; {@code +} stays (it is no space in a path). */
    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
