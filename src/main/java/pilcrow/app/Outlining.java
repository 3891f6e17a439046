package pilcrow.app;

import java.util.Optional;
import pilcrow.core.model.Heading;
import pilcrow.core.model.Outline;

/** The outline in the reader, as the state machine does it: {@code t}, its list, and {@code )} and {@code (}. */
final class Outlining {

    private Outlining() {
    }

    /** The open document's outline, numbered as far as the reader knows. */
    static Outline of(ReaderState reader) {
        return reader.window().snapshot().outline();
    }

    /** {@code t}: the outline, the heading of the section the reader is in selected (the first before any). */
    static AppState open(AppState state) {
        Outline outline = of(state.reader());
        int current = outline.sectionIndex(state.reader().current());
        ListState rows = new ListState(0, 0, "", ListState.all(outline.headings().size()))
                .select(Math.max(0, current), Geometry.listRows(state.size()));
        return state.withShown(new OutlineScreen(outline, current, rows));
    }

    /** A key in the outline: a list move, Enter to the heading, {@code /} to filter, q back to the document. */
    static Next listAction(Reading reading, AppState state, Action action) {
        OutlineScreen screen = state.outlineScreen();
        Optional<ListState> moved = SelectableList.moved(screen.list(), action, Geometry.listRows(state.size()));
        if (moved.isPresent()) {
            return Next.of(state.withShown(screen.with(moved.get())));
        }
        return Next.of(switch (action) {
            case OPEN -> screen.selected() == null ? state : toHeading(reading, state, screen.selected());
            case FILTER -> state.withPrompt(Prompt.of(Prompt.Kind.FILTER).withText(screen.list().filter(), 0));
            case BACK -> state.withShown(PlainScreen.READER);
            default -> state;
        });
    }

    /** The reader with {@code heading} at the top. */
    private static AppState toHeading(Reading reading, AppState state, Heading heading) {
        return reading.toParagraph(state.withShown(PlainScreen.READER), heading.number());
    }

    /** {@code )} and {@code (}: the next heading, or the one before the current paragraph, to the top. */
    static AppState step(Reading reading, AppState state, boolean forward) {
        Outline outline = of(state.reader());
        if (!outline.known()) {
            return state.withMessage(OutlineScreen.NOT_KNOWN);
        }
        int current = state.reader().current();
        Optional<Heading> target = forward ? outline.after(current) : outline.before(current);
        if (target.isEmpty()) {
            return state.withMessage(outline.headings().isEmpty() ? "No headings in this document"
                    : forward ? "No heading after this one" : "No heading before this one");
        }
        return reading.toParagraph(state, target.get().number());
    }
}
