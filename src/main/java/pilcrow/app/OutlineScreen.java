package pilcrow.app;

import pilcrow.core.model.Heading;
import pilcrow.core.model.Outline;

/**
 * The open document's outline shown: its headings, the one whose section the reader was in, and
 * the list's filter and selection. Made anew each time it opens (the reader may have moved), gone
 * when it closes.
 *
 * @param outline the document's headings, as far as known
 * @param current the index of the heading whose section the reader is in, or -1 (before the first)
 * @param list    the headings the filter lets through (indexes into the outline) and the selection
 */
public record OutlineScreen(Outline outline, int current, ListState list) implements ScreenState {

    /** What the outline and the heading keys say when the document cannot list its headings without reading it through. */
    public static final String NOT_KNOWN = "This document is read on demand: its headings are not known";

    @Override
    public AppState.Screen kind() {
        return AppState.Screen.OUTLINE;
    }

    @Override
    public Next act(Reading reading, AppState state, Action action) {
        return Outlining.listAction(reading, state, action);
    }

    /**
     * The headings whose text the filter matches, as the document list filters its titles; kept
     * in the document's order (every match scores the same), which is what an outline is.
     */
    @Override
    public AppState filtered(AppState state, String filter) {
        ListState through = ListState.filtered(filter, outline.headings(),
                (typed, heading) -> pilcrow.core.find.FuzzyFilter.score(typed, heading.text()) < 0 ? -1 : 0);
        return state.withShown(with(through.select(0, Geometry.listRows(state.size()))));
    }

    @Override
    public ListState rows(AppState state) {
        return list;
    }

    @Override
    public AppState withRows(AppState state, ListState rows) {
        return state.withShown(with(rows));
    }

    /** The selected heading kept in view. */
    @Override
    public ScreenState resized(Size size) {
        return with(list.select(list.selected(), Geometry.listRows(size)));
    }

    /** The heading selected, or null when the filter lets none through. */
    public Heading selected() {
        int index = list.selectedEntry();
        return index < 0 ? null : outline.headings().get(index);
    }

    OutlineScreen with(ListState value) {
        return new OutlineScreen(outline, current, value);
    }
}
